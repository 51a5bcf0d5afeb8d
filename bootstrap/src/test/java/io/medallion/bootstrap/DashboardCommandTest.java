package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardCommandTest {

  @Test
  void givenAWarehouseWithTheReportingViews_dashboard_writesOneSelfContainedFile(@TempDir Path dir)
      throws Exception {
    Path workdir = dir.resolve("work");
    reportingViews(MedallionSettings.forWorkdir(workdir).warehouseFile());
    Path out = dir.resolve("site/dashboard.html");

    Cli cli = Cli.run("dashboard", "--workdir", workdir.toString(), "--out", out.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("dashboard written to " + out.toAbsolutePath());
    assertThat(Files.readString(out))
        .contains("\"title\":\"Only Title\"")
        .contains("\"countries\":[\"Chile\",\"Peru\"]")
        .contains("Chart.js v");
  }

  @Test
  void givenNoWarehouse_dashboardAndServe_failWithOneLineReason(@TempDir Path dir) {
    Cli dashboard = Cli.run("dashboard", "--workdir", dir.toString());
    Cli serve = Cli.run("serve", "--workdir", dir.toString(), "--port", "0");

    for (Cli cli : new Cli[] {dashboard, serve}) {
      assertThat(cli.exitCode()).isEqualTo(1);
      assertThat(cli.err().strip()).startsWith("medallion: no warehouse at").doesNotContain("\n");
    }
  }

  @Test
  void givenHelp_dashboardAndServe_describeThemselves() {
    assertThat(Cli.run("dashboard", "--help").out()).contains("--out").contains("--workdir");
    assertThat(Cli.run("serve", "--help").out()).contains("--port").contains("127.0.0.1");
  }

  // One row per view, in the columns the dashboard reads: the contract, not the real pipeline.
  private static void reportingViews(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      for (String sql :
          new String[] {
            "CREATE SCHEMA reporting",
            "CREATE TABLE reporting.v_titles AS SELECT 's1' AS show_id, 'Only Title' AS title,"
                + " 'Movie' AS kind, 2020 AS release_year, 'PG' AS rating,"
                + " DATE '2021-01-05' AS date_added, 99 AS duration_minutes,"
                + " CAST(NULL AS INTEGER) AS duration_seasons, 'Chile, Peru' AS countries,"
                + " 'Dramas' AS categories, 1 AS duration_rank",
            "CREATE TABLE reporting.v_titles_added_by_month AS SELECT DATE '2021-01-01' AS month,"
                + " 'Movie' AS kind, 1 AS titles, 1 AS cumulative_titles",
            top("v_top_countries", "country", "Chile"),
            top("v_top_categories", "category", "Dramas"),
            top("v_top_directors", "name", "A Director"),
            top("v_top_cast", "name", "An Actor"),
            "CREATE TABLE reporting.v_rating_mix AS SELECT 'PG' AS rating, 'Movie' AS kind,"
                + " 1 AS titles, 1.0 AS share",
            "CREATE TABLE reporting.v_release_years AS SELECT 2020 AS release_year, 'Movie' AS kind,"
                + " 1 AS titles",
            "CREATE TABLE reporting.v_data_quality AS SELECT 'dim_title' AS table_name,"
                + " 'silver' AS layer, 1 AS rows_in, 1 AS rows_out, 0 AS dropped, 0 AS quarantined,"
                + " 3 AS expectations_passed, 0 AS expectations_failed, 'run-1' AS last_run_id,"
                + " TIMESTAMP '2021-01-06 00:00:00' AS last_run_at",
            "CREATE TABLE reporting.v_quarantine_reasons (table_name VARCHAR, expectation VARCHAR,"
                + " action VARCHAR, failed BIGINT, last_run_id VARCHAR)"
          }) {
        s.execute(sql);
      }
    }
  }

  private static String top(String view, String key, String value) {
    return "CREATE TABLE reporting."
        + view
        + " AS SELECT '"
        + value
        + "' AS "
        + key
        + ", 1 AS titles, 1 AS movies, 0 AS shows, 1 AS rank";
  }
}
