package io.medallion.application.port.out;

import io.medallion.domain.table.TableName;

/**
 * A lake table's row count and version, and the data files its version reads: how many and their
 * bytes (what Delta's DESCRIBE DETAIL calls numFiles and sizeInBytes).
 */
public record TableInfo(TableName table, long rows, long version, long files, long bytes) {

  /** A table that keeps no data files (an in-memory one). */
  public TableInfo(TableName table, long rows, long version) {
    this(table, rows, version, 0, 0);
  }
}
