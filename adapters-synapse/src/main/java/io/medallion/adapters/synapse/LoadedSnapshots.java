package io.medallion.adapters.synapse;

import io.medallion.application.port.out.TableSnapshot;
import io.medallion.domain.table.TableName;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The dedicated pool's record of which version of each table it holds: meta.loaded_snapshots. */
final class LoadedSnapshots {

  static final String SCHEMA = "meta";
  static final String TABLE = "loaded_snapshots";

  static final String CREATE =
      "CREATE TABLE [meta].[loaded_snapshots] (\n"
          + "    [table_name] NVARCHAR(256) NOT NULL,\n"
          + "    [version] BIGINT NOT NULL,\n"
          + "    [loaded_at] DATETIME2(3) NOT NULL,\n"
          + "    [files_sha256] CHAR(64) NULL\n"
          + ")\nWITH (DISTRIBUTION = ROUND_ROBIN, HEAP)";

  private static final String HOLDS =
      "SELECT COUNT(*) FROM [meta].[loaded_snapshots]"
          + " WHERE [table_name] = ? AND [version] = ? AND [files_sha256] = ?";
  private static final String VERSIONS =
      "SELECT [table_name], [version] FROM [meta].[loaded_snapshots]";
  private static final String FORGET =
      "DELETE FROM [meta].[loaded_snapshots] WHERE [table_name] = ?";
  private static final String RECORD =
      "INSERT INTO [meta].[loaded_snapshots] ([table_name], [version], [loaded_at], [files_sha256])"
          + " VALUES (?, ?, ?, ?)";

  private LoadedSnapshots() {}

  static void create(SqlCatalog catalog) throws SQLException {
    if (!catalog.schemaExists(SCHEMA)) {
      catalog.execute("CREATE SCHEMA [meta]");
    }
    if (!catalog.tableExists(SCHEMA, TABLE)) {
      catalog.execute(CREATE);
    }
  }

  static boolean holds(SqlCatalog catalog, TableSnapshot snapshot) throws SQLException {
    return catalog
        .text(HOLDS, snapshot.table().toString(), snapshot.version(), snapshot.filesSha256())
        .map(n -> !"0".equals(n))
        .orElse(false);
  }

  /**
   * The version of each table held, by its record; none before the first load made a record. The
   * records and the catalog are read apart and matched here, as a load's check does: joined in SQL,
   * the catalog's names would meet the records' under two collations that may differ.
   */
  static Map<TableName, Long> versions(SqlCatalog catalog) throws SQLException {
    if (!catalog.tableExists(SCHEMA, TABLE)) {
      return Map.of();
    }
    List<List<String>> records = catalog.rows(VERSIONS);
    // Same rule as a load's: a table dropped by hand since its load is not held.
    Set<String> live = catalog.tables();
    Map<TableName, Long> versions = new HashMap<>();
    for (List<String> record : records) {
      if (live.contains(record.get(0))) {
        versions.put(TableName.parse(record.get(0)), Long.parseLong(record.get(1)));
      }
    }
    return Map.copyOf(versions);
  }

  /**
   * Records the versions in one transaction: DML, unlike DDL, may share one in a dedicated pool.
   */
  static void record(SqlCatalog catalog, List<TableSnapshot> snapshots, Instant loadedAt)
      throws SQLException {
    LocalDateTime at = LocalDateTime.ofInstant(loadedAt, ZoneOffset.UTC);
    catalog.inTransaction(
        () -> {
          for (TableSnapshot snapshot : snapshots) {
            catalog.update(FORGET, snapshot.table().toString());
            catalog.update(
                RECORD,
                snapshot.table().toString(),
                snapshot.version(),
                at,
                snapshot.filesSha256());
          }
        });
  }
}
