package io.medallion.application.port.out;

import io.medallion.domain.table.TableName;
import java.util.List;

/** Reads what the lake's tables are now, without changing them. */
public interface LakeTables {
  /** Every table in the lake, ordered by layer and name; empty for a new lake. */
  List<TableInfo> list();

  /** The table's current version: its schema and the data files live in it. */
  TableSnapshot snapshot(TableName table);
}
