package io.medallion.application.port.out;

import io.medallion.domain.table.TableName;
import java.util.Objects;

/**
 * What maintenance did to one table: its live files before and after compaction, and the files
 * vacuum deleted from its folder (files no version within the retention needs).
 */
public record MaintenanceResult(TableName table, long filesBefore, long filesAfter, long vacuumed) {

  public MaintenanceResult {
    Objects.requireNonNull(table, "table");
    if (filesBefore < 0 || filesAfter < 0 || vacuumed < 0) {
      throw new IllegalArgumentException("file counts are never negative: " + table);
    }
  }
}
