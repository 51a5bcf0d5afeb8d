package io.medallion.application.port.in;

import io.medallion.application.port.out.TableInfo;
import java.util.List;

/** Lists the lake's Delta tables with their row counts and versions, ordered by layer and name. */
public interface ListTablesUseCase {
  List<TableInfo> listTables();
}
