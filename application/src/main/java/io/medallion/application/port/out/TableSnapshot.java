package io.medallion.application.port.out;

import io.medallion.domain.medallion.TableName;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One version of a table as a warehouse can read it: its columns and the Parquet files live in that
 * version (never every file in the table's folder: removed files stay there).
 */
public record TableSnapshot(TableName table, long version, List<Column> columns, List<URI> files) {

  public TableSnapshot {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    files = List.copyOf(files);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a snapshot has columns: " + table);
    }
  }

  /** A column and its type. */
  public record Column(String name, ColumnType type) {}

  /** The column types gold uses. */
  public enum ColumnType {
    STRING,
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    DATE,
    TIMESTAMP
  }
}
