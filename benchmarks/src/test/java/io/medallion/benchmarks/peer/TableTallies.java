package io.medallion.benchmarks.peer;

import io.medallion.application.run.LayerResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did to every table (rows in, out, dropped, quarantined) and how many rows failed each
 * expectation ({@code "silver.titles show_id_present"}), however the run was made, so two runs
 * compare as two values.
 */
record TableTallies(Map<String, List<Long>> tables, Map<String, Long> expectations) {

  /** The baseline's own record of its run, in its database's meta tables. */
  static TableTallies ofBaseline(Path database) throws SQLException {
    return read(
        database,
        "SELECT table_name, rows_in, rows_out, dropped, quarantined FROM meta.table_counts",
        "SELECT table_name, expectation, failed FROM meta.expectations");
  }

  /**
   * The pipeline's record of its last run in its warehouse (the demo's serve stage writes it), but
   * for the catalogue layout's table, which the baseline does not have.
   */
  static TableTallies ofPipelineWarehouse(Path warehouse) throws SQLException {
    String last = "(SELECT max(run_id) FROM meta.table_quality)";
    return read(
        warehouse,
        "SELECT table_name, rows_in, rows_out, dropped, quarantined FROM meta.table_quality"
            + " WHERE table_name <> 'bronze.catalogue' AND run_id = "
            + last,
        "SELECT table_name, expectation, failed FROM meta.expectation_results WHERE run_id = "
            + last);
  }

  /** The results the in-memory engine returned, but for the catalogue layout's table. */
  static TableTallies ofLayerResults(List<LayerResult> results) {
    Map<String, List<Long>> tables = new TreeMap<>();
    Map<String, Long> expectations = new TreeMap<>();
    for (LayerResult result : results) {
      String table = result.table().toString();
      if (!table.equals("bronze.catalogue")) {
        tables.put(
            table,
            List.of(result.rowsIn(), result.rowsOut(), result.dropped(), result.quarantined()));
        result.expectations().forEach(e -> expectations.put(table + " " + e.name(), e.failed()));
      }
    }
    return new TableTallies(tables, expectations);
  }

  /** True when every table reconciles: rows in = out + dropped + quarantined. */
  boolean reconciles() {
    return tables.values().stream().allMatch(t -> t.get(0) == t.get(1) + t.get(2) + t.get(3));
  }

  private static TableTallies read(Path database, String tablesQuery, String expectationsQuery)
      throws SQLException {
    Map<String, List<Long>> tables = new TreeMap<>();
    Map<String, Long> expectations = new TreeMap<>();
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery(tablesQuery)) {
        while (rows.next()) {
          tables.put(
              rows.getString(1),
              List.of(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
        }
      }
      try (ResultSet rows = statement.executeQuery(expectationsQuery)) {
        while (rows.next()) {
          expectations.put(rows.getString(1) + " " + rows.getString(2), rows.getLong(3));
        }
      }
    }
    return new TableTallies(tables, expectations);
  }
}
