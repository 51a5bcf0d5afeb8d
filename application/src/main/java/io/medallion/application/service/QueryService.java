package io.medallion.application.service;

import io.medallion.application.port.in.QueryWarehouseUseCase;
import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.Warehouse;

/** Runs SQL on the warehouse through the {@link Warehouse} port. */
public final class QueryService implements QueryWarehouseUseCase {

  private final Warehouse warehouse;

  public QueryService(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  @Override
  public QueryResult query(String sql) {
    if (sql == null || sql.isBlank()) {
      throw new IllegalArgumentException("no SQL given");
    }
    return warehouse.query(sql);
  }
}
