package io.medallion.application.port.out;

import java.util.List;

/** The warehouse serving gold: tables named as in the lake, loaded from snapshots. */
public interface Warehouse {
  /** Makes each table equal to its snapshot, all or none; a snapshot already loaded is skipped. */
  void load(List<TableSnapshot> snapshots);

  /**
   * Keeps a run's quality results beside the history of earlier runs, all or none, for the
   * reporting views; recording the same run id again replaces what it recorded before.
   */
  void recordQuality(RunQuality quality);

  /** Runs one SQL statement and returns its rows as text. */
  QueryResult query(String sql);
}
