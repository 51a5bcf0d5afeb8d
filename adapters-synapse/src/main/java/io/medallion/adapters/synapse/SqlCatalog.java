package io.medallion.adapters.synapse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the warehouse already holds, asked with bound parameters; and plain DDL execution. */
final class SqlCatalog {

  private static final String SCHEMA_EXISTS = "SELECT COUNT(*) FROM sys.schemas WHERE name = ?";
  private static final String TABLE_EXISTS =
      "SELECT COUNT(*) FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id"
          + " WHERE s.name = ? AND t.name = ?";
  private static final String VIEW_DEFINITION =
      "SELECT m.definition FROM sys.views v"
          + " JOIN sys.schemas s ON s.schema_id = v.schema_id"
          + " JOIN sys.sql_modules m ON m.object_id = v.object_id"
          + " WHERE s.name = ? AND v.name = ?";
  private static final String TABLES =
      "SELECT s.name, t.name FROM sys.tables t JOIN sys.schemas s ON s.schema_id = t.schema_id";
  private static final String VIEW_DEFINITIONS =
      "SELECT s.name, v.name, m.definition FROM sys.views v"
          + " JOIN sys.schemas s ON s.schema_id = v.schema_id"
          + " JOIN sys.sql_modules m ON m.object_id = v.object_id"
          + " WHERE m.definition LIKE ?";
  private static final String DATA_SOURCE_LOCATION =
      "SELECT location FROM sys.external_data_sources WHERE name = ?";

  private final Connection connection;

  SqlCatalog(Connection connection) {
    this.connection = connection;
  }

  Connection connection() {
    return connection;
  }

  /** Work on this catalog's connection that commits as a whole or not at all. */
  interface Work {
    void run() throws SQLException;
  }

  /**
   * Runs DML in one transaction: committed if it returns, rolled back if it throws. A dedicated
   * pool refuses DDL in a transaction, so only DML goes in here.
   */
  void inTransaction(Work work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      work.run();
      connection.commit();
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  boolean schemaExists(String schema) throws SQLException {
    return text(SCHEMA_EXISTS, schema).map(n -> !"0".equals(n)).orElse(false);
  }

  boolean tableExists(String schema, String table) throws SQLException {
    return text(TABLE_EXISTS, schema, table).map(n -> !"0".equals(n)).orElse(false);
  }

  /** The text a view was created with, or null when there is no such view. */
  String viewDefinition(String schema, String view) throws SQLException {
    return text(VIEW_DEFINITION, schema, view).orElse(null);
  }

  /** Every table of the warehouse, named {@code schema.table}. */
  Set<String> tables() throws SQLException {
    Set<String> tables = new HashSet<>();
    for (List<String> row : rows(TABLES)) {
      tables.add(row.get(0) + "." + row.get(1));
    }
    return tables;
  }

  /** The text of every view whose text is LIKE the pattern, by {@code schema.view}. */
  Map<String, String> viewDefinitions(String like) throws SQLException {
    Map<String, String> views = new HashMap<>();
    for (List<String> row : rows(VIEW_DEFINITIONS, like)) {
      views.put(row.get(0) + "." + row.get(1), row.get(2));
    }
    return views;
  }

  /** The location of an external data source, or null when there is none by that name. */
  String dataSourceLocation(String name) throws SQLException {
    return text(DATA_SOURCE_LOCATION, name).orElse(null);
  }

  /** Runs one statement that takes no parameters: DDL, whose names T-SQL cannot bind. */
  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** Runs one DML statement with its values bound in order. */
  void update(String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      statement.executeUpdate();
    }
  }

  Optional<String> text(String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
      }
    }
  }

  /** Every row a query returns, each value as text. */
  List<List<String>> rows(String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      try (ResultSet rows = statement.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        List<List<String>> all = new ArrayList<>();
        while (rows.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rows.getString(i));
          }
          all.add(row);
        }
        return all;
      }
    }
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }
}
