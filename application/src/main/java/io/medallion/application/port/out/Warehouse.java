package io.medallion.application.port.out;

import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Map;

/** The warehouse serving gold: tables named as in the lake, loaded from snapshots. */
public interface Warehouse {
  /** Makes each table equal to its snapshot, all or none; a snapshot already loaded is skipped. */
  void load(List<TableSnapshot> snapshots);

  /**
   * The version of each table the warehouse holds, as its loads recorded them, read without loading
   * anything; a table dropped from the warehouse since its load is left out, and a new warehouse
   * holds none. A run compares them with the lake's to tell whether serving is due.
   */
  Map<TableName, Long> loadedVersions();

  /**
   * Keeps a run's quality results beside the history of earlier runs, all or none, for the
   * reporting views; recording the same run id again replaces what it recorded before.
   */
  void recordQuality(RunQuality quality);

  /**
   * The rows of a reporting view as its definition says; fails, naming the view, when the warehouse
   * does not serve it yet (no gold loaded, or no run's quality recorded).
   */
  ViewRows view(ReportingView view);

  /**
   * What would keep a run from loading the warehouse, found without loading, creating or recording
   * anything: one line per problem, naming the warehouse; empty when none is seen.
   */
  List<String> problems();
}
