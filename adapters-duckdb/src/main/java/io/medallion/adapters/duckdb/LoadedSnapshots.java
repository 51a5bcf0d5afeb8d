package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.TableSnapshot;
import io.medallion.domain.table.TableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** The warehouse's record of which version of each table it holds, in meta.loaded_snapshots. */
final class LoadedSnapshots {

  private static final String CREATE =
      "CREATE TABLE IF NOT EXISTS meta.loaded_snapshots"
          + " (table_name VARCHAR PRIMARY KEY, version BIGINT, loaded_at TIMESTAMP)";

  // Warehouses loaded before the column existed gain it; their snapshots then load once more.
  private static final String ADD_FILES =
      "ALTER TABLE meta.loaded_snapshots ADD COLUMN IF NOT EXISTS files_sha256 VARCHAR";

  // A table dropped by hand since its load is loaded again, whatever the record says. The files
  // tell a version apart from the same version number of a table rebuilt by a full refresh.
  private static final String HOLDS =
      "SELECT count(*) FROM meta.loaded_snapshots l"
          + " JOIN information_schema.tables t ON t.table_schema = ? AND t.table_name = ?"
          + " WHERE l.table_name = ? AND l.version = ? AND l.files_sha256 = ?";

  // Same rule as HOLDS: a table dropped by hand since its load is not held, whatever the record.
  private static final String VERSIONS =
      "SELECT l.table_name, l.version FROM meta.loaded_snapshots l"
          + " JOIN information_schema.tables t"
          + " ON l.table_name = t.table_schema || '.' || t.table_name";

  private static final String RECORDED =
      "SELECT count(*) FROM information_schema.tables"
          + " WHERE table_schema = 'meta' AND table_name = 'loaded_snapshots'";

  private static final String RECORD =
      "INSERT OR REPLACE INTO meta.loaded_snapshots (table_name, version, loaded_at, files_sha256)"
          + " VALUES (?, ?, ?, ?)";

  private LoadedSnapshots() {}

  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS meta");
      statement.execute(CREATE);
      statement.execute(ADD_FILES);
    }
  }

  static boolean holds(Connection connection, TableSnapshot snapshot) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(HOLDS)) {
      statement.setString(1, snapshot.table().layer().id());
      statement.setString(2, snapshot.table().name());
      statement.setString(3, snapshot.table().toString());
      statement.setLong(4, snapshot.version());
      statement.setString(5, snapshot.filesSha256());
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getLong(1) > 0;
      }
    }
  }

  /** The version of each table held, by its record; none before the first load made a record. */
  static Map<TableName, Long> versions(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      try (ResultSet recorded = statement.executeQuery(RECORDED)) {
        if (!recorded.next() || recorded.getLong(1) == 0) {
          return Map.of();
        }
      }
      Map<TableName, Long> versions = new HashMap<>();
      try (ResultSet rows = statement.executeQuery(VERSIONS)) {
        while (rows.next()) {
          versions.put(TableName.parse(rows.getString(1)), rows.getLong(2));
        }
      }
      return Map.copyOf(versions);
    }
  }

  static void record(Connection connection, TableSnapshot snapshot, Instant loadedAt)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(RECORD)) {
      statement.setString(1, snapshot.table().toString());
      statement.setLong(2, snapshot.version());
      statement.setObject(3, LocalDateTime.ofInstant(loadedAt, ZoneOffset.UTC));
      statement.setString(4, snapshot.filesSha256());
      statement.executeUpdate();
    }
  }
}
