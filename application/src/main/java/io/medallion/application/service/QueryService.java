package io.medallion.application.service;

import io.medallion.application.port.in.QueryWarehouseUseCase;
import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.WarehouseConsole;

/** Runs SQL on the warehouse through its {@link WarehouseConsole}. */
public final class QueryService implements QueryWarehouseUseCase {

  private final WarehouseConsole console;

  public QueryService(WarehouseConsole console) {
    this.console = console;
  }

  @Override
  public QueryResult query(String sql) {
    if (sql == null || sql.isBlank()) {
      throw new IllegalArgumentException("no SQL given");
    }
    return console.query(sql);
  }
}
