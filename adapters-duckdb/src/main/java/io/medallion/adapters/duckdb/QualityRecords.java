package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.QualityTable;
import io.medallion.application.port.out.RunQuality;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DuckDB's tables for the runs' quality that {@link QualityTable} defines: their DDL here, their
 * columns and rows from the definition.
 */
final class QualityRecords {

  private static final String CREATE_TABLES =
      "CREATE TABLE IF NOT EXISTS meta.table_quality (run_id VARCHAR NOT NULL,"
          + " run_at TIMESTAMP NOT NULL, table_name VARCHAR NOT NULL, layer VARCHAR NOT NULL,"
          + " rows_in BIGINT, rows_out BIGINT, dropped BIGINT, quarantined BIGINT,"
          + " expectations_passed BIGINT, expectations_failed BIGINT, version BIGINT,"
          + " PRIMARY KEY (run_id, table_name))";
  private static final String CREATE_EXPECTATIONS =
      "CREATE TABLE IF NOT EXISTS meta.expectation_results (run_id VARCHAR NOT NULL,"
          + " table_name VARCHAR NOT NULL, expectation VARCHAR NOT NULL, action VARCHAR NOT NULL,"
          + " rule VARCHAR, passed BIGINT, failed BIGINT,"
          + " PRIMARY KEY (run_id, table_name, expectation))";

  private QualityRecords() {}

  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS meta");
      statement.execute(CREATE_TABLES);
      statement.execute(CREATE_EXPECTATIONS);
    }
  }

  static void replace(Connection connection, RunQuality quality) throws SQLException {
    for (QualityTable table : QualityTable.values()) {
      String name = QualityTable.SCHEMA + "." + table.tableName();
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM " + name + " WHERE run_id = ?")) {
        delete.setString(1, quality.run().value());
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(insert(name, table))) {
        for (List<Object> row : table.rows(quality)) {
          for (int i = 0; i < row.size(); i++) {
            insert.setObject(i + 1, row.get(i));
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  private static String insert(String name, QualityTable table) {
    return "INSERT INTO "
        + name
        + table.columns().stream().collect(Collectors.joining(", ", " (", ")"))
        + table.columns().stream()
            .map(c -> "?")
            .collect(Collectors.joining(", ", " VALUES (", ")"));
  }
}
