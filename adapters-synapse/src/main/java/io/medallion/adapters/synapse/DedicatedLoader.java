package io.medallion.adapters.synapse;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.application.port.out.LoadedSnapshot;
import io.medallion.application.port.out.RunQuality;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.domain.table.TableName;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves gold from a dedicated pool, which reads no Delta: each snapshot's live Parquet files are
 * copied into a staging table, and the staging tables take the live tables' places by RENAME.
 *
 * <p>Why RENAME OBJECT: a dedicated pool runs no DDL (CREATE, RENAME, ALTER SCHEMA TRANSFER) inside
 * a user transaction, so no swap can be one transaction there. RENAME is metadata only and keeps
 * the staged table as built, where CTAS + rename would copy every row a second time and ALTER
 * SCHEMA TRANSFER would need two more schemas for the same exclusive lock. All-or-none comes
 * instead from the order of work: every table is staged before any is swapped (a failed COPY drops
 * the staging tables and leaves every live table untouched), the swaps are a few quick renames that
 * are undone in reverse if one fails, and the versions are recorded last, in one DML transaction. A
 * load that dies midway leaves old versions recorded, so the next one repeats.
 */
final class DedicatedLoader implements SnapshotLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DedicatedLoader.class);

  private final StorageAccess access;
  private final ReportingViews reporting;

  DedicatedLoader(StorageAccess access, ReportingViews reporting) {
    this.access = access;
    this.reporting = reporting;
  }

  @Override
  public PreparedLoad prepare(List<TableSnapshot> snapshots) {
    List<DedicatedTable> tables =
        snapshots.stream().map(s -> new DedicatedTable(s, access)).toList();
    return (catalog, now) -> run(catalog, tables, now);
  }

  // The reporting views already read the tables, created by every load before its views.
  @Override
  public PreparedLoad prepareQuality(RunQuality quality) {
    return (catalog, now) -> {
      QualityTables.create(catalog);
      QualityTables.replace(catalog, quality);
    };
  }

  @Override
  public Map<TableName, Long> loadedVersions(SqlCatalog catalog) throws SQLException {
    return LoadedSnapshots.versions(catalog);
  }

  private void run(SqlCatalog catalog, List<DedicatedTable> tables, Instant now)
      throws SQLException {
    QualityTables.create(catalog);
    for (String schema : tables.stream().map(DedicatedTable::schema).distinct().toList()) {
      ensureSchema(catalog, schema);
    }
    List<DedicatedTable> pending = new ArrayList<>();
    for (DedicatedTable table : tables) {
      repair(catalog, table);
      if (holds(catalog, table)) {
        LOG.debug("{} version {} is already loaded", table.snapshot().table(), version(table));
      } else {
        pending.add(table);
      }
    }
    if (pending.isEmpty()) {
      if (reporting.incomplete(catalog)) {
        reporting.recreate(catalog);
      }
      return;
    }
    stage(catalog, pending);
    List<DedicatedTable> retired = swap(catalog, pending);
    LoadedSnapshots.record(catalog, pending.stream().map(DedicatedTable::snapshot).toList(), now);
    dropRetired(catalog, retired);
    reporting.recreate(catalog);
  }

  private static void ensureSchema(SqlCatalog catalog, String schema) throws SQLException {
    if (!catalog.schemaExists(schema)) {
      catalog.execute("CREATE SCHEMA " + SqlIdentifier.quote(schema));
    }
  }

  // A load that died between its two renames left the old rows under the retired name.
  private static void repair(SqlCatalog catalog, DedicatedTable table) throws SQLException {
    if (!exists(catalog, table, table.liveName()) && exists(catalog, table, table.retiredName())) {
      catalog.execute(table.restoreRetired());
    }
  }

  private static boolean holds(SqlCatalog catalog, DedicatedTable table) throws SQLException {
    TableSnapshot snapshot = table.snapshot();
    return LoadedSnapshot.holds(
        LoadedSnapshots.of(catalog, snapshot.table()),
        exists(catalog, table, table.liveName()),
        snapshot);
  }

  private static void stage(SqlCatalog catalog, List<DedicatedTable> pending) throws SQLException {
    List<DedicatedTable> staged = new ArrayList<>();
    for (DedicatedTable table : pending) {
      try {
        // A staging table left by a failed load is rebuilt, never appended to.
        if (exists(catalog, table, table.stagingName())) {
          catalog.execute(table.dropStaging());
        }
        catalog.execute(table.createStaging());
        staged.add(table);
        if (table.copyInto() != null) {
          catalog.execute(table.copyInto());
        }
      } catch (SQLException e) {
        dropStaging(catalog, staged, e);
        throw failure(table, "nothing was loaded", e);
      }
    }
  }

  private static List<DedicatedTable> swap(SqlCatalog catalog, List<DedicatedTable> pending)
      throws SQLException {
    List<DedicatedTable> swapped = new ArrayList<>();
    List<DedicatedTable> retired = new ArrayList<>();
    for (DedicatedTable table : pending) {
      try {
        if (exists(catalog, table, table.retiredName())) {
          catalog.execute(table.dropRetired());
        }
        if (exists(catalog, table, table.liveName())) {
          catalog.execute(table.retireLive());
          retired.add(table);
        }
        catalog.execute(table.promoteStaging());
        swapped.add(table);
        LOG.info("loaded {} version {}", table.snapshot().table(), version(table));
      } catch (SQLException e) {
        undoSwaps(catalog, swapped, retired, e);
        dropStaging(catalog, pending, e);
        throw failure(table, "the tables swapped so far were swapped back", e);
      }
    }
    return retired;
  }

  private static void undoSwaps(
      SqlCatalog catalog,
      List<DedicatedTable> swapped,
      List<DedicatedTable> retired,
      SQLException cause) {
    for (int i = swapped.size() - 1; i >= 0; i--) {
      DedicatedTable table = swapped.get(i);
      try {
        catalog.execute(table.demoteLive());
        if (retired.contains(table)) {
          catalog.execute(table.restoreRetired());
        }
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }
    // The table whose own swap failed may have been retired without its replacement arriving.
    for (DedicatedTable table : retired) {
      if (!swapped.contains(table)) {
        try {
          catalog.execute(table.restoreRetired());
        } catch (SQLException e) {
          cause.addSuppressed(e);
        }
      }
    }
  }

  private static void dropStaging(
      SqlCatalog catalog, List<DedicatedTable> tables, SQLException cause) {
    for (DedicatedTable table : tables) {
      try {
        if (exists(catalog, table, table.stagingName())) {
          catalog.execute(table.dropStaging());
        }
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }
  }

  // Left behind, a retired table costs space only: the next load's swap drops it.
  private static void dropRetired(SqlCatalog catalog, List<DedicatedTable> retired) {
    for (DedicatedTable table : retired) {
      try {
        catalog.execute(table.dropRetired());
      } catch (SQLException e) {
        LOG.warn("cannot drop {}: {}", table.retiredName(), SqlMessages.firstLine(e));
      }
    }
  }

  private static boolean exists(SqlCatalog catalog, DedicatedTable table, String name)
      throws SQLException {
    return catalog.tableExists(table.schema(), name);
  }

  private static long version(DedicatedTable table) {
    return table.snapshot().version();
  }

  private static IllegalStateException failure(
      DedicatedTable table, String outcome, SQLException cause) {
    return new IllegalStateException(
        "cannot load "
            + table.snapshot().table()
            + " into the warehouse, "
            + outcome
            + ": "
            + SqlMessages.firstLine(cause),
        cause);
  }
}
