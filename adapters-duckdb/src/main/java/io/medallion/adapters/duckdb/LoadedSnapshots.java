package io.medallion.adapters.duckdb;

import static io.medallion.application.port.out.LoadedSnapshot.FILES_SHA256;
import static io.medallion.application.port.out.LoadedSnapshot.LOADED_AT;
import static io.medallion.application.port.out.LoadedSnapshot.NAME;
import static io.medallion.application.port.out.LoadedSnapshot.SCHEMA;
import static io.medallion.application.port.out.LoadedSnapshot.TABLE_NAME;
import static io.medallion.application.port.out.LoadedSnapshot.VERSION;

import io.medallion.application.port.out.LoadedSnapshot;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.domain.table.TableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@link LoadedSnapshot} records of a DuckDB warehouse, in DuckDB's SQL. */
final class LoadedSnapshots {

  private static final String RECORDS = SCHEMA + "." + NAME;

  private static final String CREATE =
      "CREATE TABLE IF NOT EXISTS %s (%s VARCHAR PRIMARY KEY, %s BIGINT, %s TIMESTAMP)"
          .formatted(RECORDS, TABLE_NAME, VERSION, LOADED_AT);

  // Warehouses loaded before the column existed gain it; their snapshots then load once more.
  private static final String ADD_FILES =
      "ALTER TABLE %s ADD COLUMN IF NOT EXISTS %s VARCHAR".formatted(RECORDS, FILES_SHA256);

  private static final String READ =
      "SELECT %s, %s, %s FROM %s".formatted(TABLE_NAME, VERSION, FILES_SHA256, RECORDS);

  private static final String READ_TABLE = READ + " WHERE " + TABLE_NAME + " = ?";

  private static final String RECORD =
      "INSERT OR REPLACE INTO %s (%s, %s, %s, %s) VALUES (?, ?, ?, ?)"
          .formatted(RECORDS, TABLE_NAME, VERSION, LOADED_AT, FILES_SHA256);

  private static final String EXISTS =
      "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?";

  private static final String LIVE =
      "SELECT table_schema || '.' || table_name FROM information_schema.tables";

  private LoadedSnapshots() {}

  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
      statement.execute(CREATE);
      statement.execute(ADD_FILES);
    }
  }

  static boolean holds(Connection connection, TableSnapshot snapshot) throws SQLException {
    TableName table = snapshot.table();
    return LoadedSnapshot.holds(
        read(connection, READ_TABLE, table.toString()),
        exists(connection, table.layer().id(), table.name()),
        snapshot);
  }

  /** The version of each table held; none before the first load made a record. */
  static Map<TableName, Long> versions(Connection connection) throws SQLException {
    if (!exists(connection, SCHEMA, NAME)) {
      return Map.of();
    }
    Set<String> live = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(LIVE)) {
      while (rows.next()) {
        live.add(rows.getString(1));
      }
    }
    return LoadedSnapshot.versions(read(connection, READ), t -> live.contains(t.toString()));
  }

  static void record(Connection connection, TableSnapshot snapshot, Instant loadedAt)
      throws SQLException {
    LoadedSnapshot record = LoadedSnapshot.of(snapshot);
    try (PreparedStatement statement = connection.prepareStatement(RECORD)) {
      statement.setString(1, record.table().toString());
      statement.setLong(2, record.version());
      statement.setObject(3, LoadedSnapshot.loadedAt(loadedAt));
      statement.setString(4, record.filesSha256());
      statement.executeUpdate();
    }
  }

  private static List<LoadedSnapshot> read(Connection connection, String sql, String... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      List<LoadedSnapshot> records = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          records.add(
              new LoadedSnapshot(
                  TableName.parse(rows.getString(1)), rows.getLong(2), rows.getString(3)));
        }
      }
      return records;
    }
  }

  private static boolean exists(Connection connection, String schema, String table)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(EXISTS)) {
      statement.setString(1, schema);
      statement.setString(2, table);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getLong(1) > 0;
      }
    }
  }
}
