package io.medallion.application.service;

import io.medallion.application.port.in.ListTablesUseCase;
import io.medallion.application.port.out.LakeTables;
import io.medallion.application.port.out.TableInfo;
import java.util.Comparator;
import java.util.List;

/** Lists the lake's tables through the {@link LakeTables} port. */
public final class TablesService implements ListTablesUseCase {

  private final LakeTables tables;

  public TablesService(LakeTables tables) {
    this.tables = tables;
  }

  @Override
  public List<TableInfo> listTables() {
    return tables.list().stream().sorted(Comparator.comparing(TableInfo::table)).toList();
  }
}
