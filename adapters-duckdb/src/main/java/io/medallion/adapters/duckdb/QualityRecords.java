package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.RunQuality;
import io.medallion.application.run.LayerResult;
import io.medallion.domain.quality.ExpectationResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Every run's quality, one row per table in meta.table_quality and one per expectation in
 * meta.expectation_results, appended run by run; a run recorded again replaces its own rows.
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
  private static final String INSERT_TABLE =
      "INSERT INTO meta.table_quality VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_EXPECTATION =
      "INSERT INTO meta.expectation_results VALUES (?, ?, ?, ?, ?, ?, ?)";

  private QualityRecords() {}

  static void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS meta");
      statement.execute(CREATE_TABLES);
      statement.execute(CREATE_EXPECTATIONS);
    }
  }

  static void replace(Connection connection, RunQuality quality) throws SQLException {
    String run = quality.run().value();
    for (String table : new String[] {"meta.table_quality", "meta.expectation_results"}) {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
        delete.setString(1, run);
        delete.executeUpdate();
      }
    }
    LocalDateTime at = LocalDateTime.ofInstant(quality.startedAt(), ZoneOffset.UTC);
    try (PreparedStatement tables = connection.prepareStatement(INSERT_TABLE);
        PreparedStatement expectations = connection.prepareStatement(INSERT_EXPECTATION)) {
      for (LayerResult result : quality.results()) {
        addTable(tables, run, at, result);
        for (ExpectationResult expectation : result.expectations()) {
          addExpectation(expectations, run, result, expectation);
        }
      }
      tables.executeBatch();
      expectations.executeBatch();
    }
  }

  private static void addTable(
      PreparedStatement insert, String run, LocalDateTime at, LayerResult result)
      throws SQLException {
    long failing = result.expectations().stream().filter(e -> e.failed() > 0).count();
    insert.setString(1, run);
    insert.setObject(2, at);
    insert.setString(3, result.table().toString());
    insert.setString(4, result.table().layer().id());
    insert.setLong(5, result.rowsIn());
    insert.setLong(6, result.rowsOut());
    insert.setLong(7, result.dropped());
    insert.setLong(8, result.quarantined());
    insert.setLong(9, result.expectations().size() - failing);
    insert.setLong(10, failing);
    insert.setLong(11, result.version());
    insert.addBatch();
  }

  private static void addExpectation(
      PreparedStatement insert, String run, LayerResult result, ExpectationResult expectation)
      throws SQLException {
    insert.setString(1, run);
    insert.setString(2, result.table().toString());
    insert.setString(3, expectation.name());
    insert.setString(4, expectation.action().name());
    insert.setString(5, expectation.rule());
    insert.setLong(6, expectation.passed());
    insert.setLong(7, expectation.failed());
    insert.addBatch();
  }
}
