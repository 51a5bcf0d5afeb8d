package io.medallion.application.port.out;

import java.util.List;

/** The warehouse serving gold: tables named as in the lake, loaded from snapshots. */
public interface Warehouse {
  /** Makes each table equal to its snapshot, all or none; a snapshot already loaded is skipped. */
  void load(List<TableSnapshot> snapshots);

  /** Runs one SQL statement and returns its rows as text. */
  QueryResult query(String sql);
}
