package io.medallion.application.port.in;

import io.medallion.application.port.out.QueryResult;

/** Runs one SQL statement on the warehouse and returns its rows; the warehouse is not changed. */
public interface QueryWarehouseUseCase {
  QueryResult query(String sql);
}
