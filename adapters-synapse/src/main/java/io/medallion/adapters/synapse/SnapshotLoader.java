package io.medallion.adapters.synapse;

import io.medallion.application.port.out.RunQuality;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.domain.table.TableName;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One pool's way of making its tables equal to snapshots. */
interface SnapshotLoader {

  /** Checks every name and address and renders every statement before the warehouse is touched. */
  PreparedLoad prepare(List<TableSnapshot> snapshots);

  /** Renders the statements that keep a run's quality; safe to run again after a failure. */
  PreparedLoad prepareQuality(RunQuality quality);

  /**
   * The version of each table the pool serves, as its loads left them, read without changing
   * anything; a table dropped since its load is left out, and a pool never loaded serves none.
   */
  Map<TableName, Long> loadedVersions(SqlCatalog catalog) throws SQLException;

  /** A load ready to run; running it again on a new connection after a failure is safe. */
  interface PreparedLoad {
    void run(SqlCatalog catalog, Instant now) throws SQLException;
  }
}
