package io.medallion.adapters.dashboard;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A DuckDB file with tables named like the reporting views, the aggregates derived from the titles
 * by SQL as the real views are, so every number on the page can be checked against them.
 */
final class ReportingFixture {

  /** A title that must survive JSON in a script block: a closing tag, a comment, U+2028. */
  static final String TRICKY_TITLE = "Delta </script><!-- \u2028 & \"quoted\"";

  private ReportingFixture() {}

  static Path create(Path dir) {
    Path file = dir.resolve("warehouse.duckdb");
    execute(
        file,
        "CREATE SCHEMA reporting",
        "CREATE TABLE reporting.v_titles (show_id VARCHAR, title VARCHAR, kind VARCHAR,"
            + " release_year INTEGER, rating VARCHAR, date_added DATE, duration_minutes INTEGER,"
            + " duration_seasons INTEGER, countries VARCHAR[], categories VARCHAR[])",
        "INSERT INTO reporting.v_titles VALUES"
            + " ('s1', 'Alpha', 'Movie', 2019, 'PG-13', DATE '2021-09-01', 90, NULL,"
            + "  ['United States', 'India'], ['Dramas', 'Comedies']),"
            + " ('s2', 'Beta', 'Movie', 2020, 'R', DATE '2021-08-15', 120, NULL,"
            + "  ['United States'], ['Dramas']),"
            + " ('s3', 'Gamma', 'TV Show', 2018, 'TV-MA', DATE '2020-01-10', NULL, 2,"
            + "  ['India'], ['International TV Shows']),"
            + " ('s4', ?, 'Movie', 2015, 'PG-13', DATE '2019-05-20', 100, NULL,"
            + "  ['France'], ['Comedies']),"
            + " ('s5', 'Epsilon', 'TV Show', 2021, 'TV-14', DATE '2021-09-20', NULL, 1,"
            + "  ['United States', 'France'], ['TV Comedies']),"
            + " ('s6', 'Zeta', 'Movie', 2010, NULL, NULL, 80, NULL, [], []),"
            + " ('s7', 'Eta', 'TV Show', 2012, 'TV-MA', DATE '2021-02-01', NULL, 3,"
            + "  ['United Kingdom'], ['International TV Shows', 'TV Comedies']),"
            + " ('s8', 'Theta', 'Movie', 2021, 'R', DATE '2020-10-05', 95, NULL,"
            + "  ['India'], ['Dramas', 'International Movies'])",
        "CREATE TABLE reporting.v_titles_added_by_month AS SELECT month, kind, titles,"
            + " sum(titles) OVER (PARTITION BY kind ORDER BY month) AS cumulative_titles FROM ("
            + " SELECT CAST(date_trunc('month', date_added) AS DATE) AS month, kind,"
            + " count(*) AS titles FROM reporting.v_titles WHERE date_added IS NOT NULL"
            + " GROUP BY ALL)",
        top("v_top_countries", "country", "countries"),
        top("v_top_categories", "category", "categories"),
        "CREATE TABLE reporting.v_top_directors AS SELECT * FROM (VALUES"
            + " ('Ava Director', 3, 2, 1, 1), ('Ben Director', 2, 0, 2, 2),"
            + " ('Cy Director', 1, 1, 0, 3)) t(name, titles, movies, shows, rank)",
        "CREATE TABLE reporting.v_top_cast AS SELECT * FROM (VALUES"
            + " ('Dee Actor', 4, 3, 1, 1), ('Eli Actor', 2, 2, 0, 2)) t(name, titles, movies, shows,"
            + " rank)",
        "CREATE TABLE reporting.v_rating_mix AS SELECT rating, kind, count(*) AS titles,"
            + " count(*) / sum(count(*)) OVER (PARTITION BY kind) AS share"
            + " FROM reporting.v_titles GROUP BY rating, kind",
        "CREATE TABLE reporting.v_release_years AS SELECT release_year, kind, count(*) AS titles"
            + " FROM reporting.v_titles GROUP BY ALL",
        "CREATE TABLE reporting.v_data_quality AS SELECT * FROM (VALUES"
            + " ('bronze_titles', 'bronze', 10, 10, 0, 0, 2, 0, 'run-7',"
            + "  TIMESTAMP '2021-09-21 06:30:00'),"
            + " ('dim_title', 'silver', 10, 8, 1, 1, 5, 2, 'run-7',"
            + "  TIMESTAMP '2021-09-21 06:31:00')) t(table_name, layer, rows_in, rows_out, dropped,"
            + " quarantined, expectations_passed, expectations_failed, last_run_id, last_run_at)",
        "CREATE TABLE reporting.v_quarantine_reasons AS SELECT * FROM (VALUES"
            + " ('dim_title', 'show_id is not null', 'quarantine', 1, 'run-7'),"
            + " ('dim_title', 'release_year between 1900 and 2100', 'drop', 1, 'run-7'))"
            + " t(table_name, expectation, action, failed, last_run_id)");
    return file;
  }

  private static String top(String view, String key, String list) {
    return "CREATE TABLE reporting."
        + view
        + " AS SELECT "
        + key
        + ", count(*) AS titles, count(*) FILTER (WHERE kind = 'Movie') AS movies,"
        + " count(*) FILTER (WHERE kind = 'TV Show') AS shows,"
        + " row_number() OVER (ORDER BY count(*) DESC, "
        + key
        + ") AS rank FROM (SELECT unnest("
        + list
        + ") AS "
        + key
        + ", kind FROM reporting.v_titles) GROUP BY "
        + key;
  }

  /** Runs statements on the file (the first {@code ?} takes the tricky title). */
  static void execute(Path file, String... statements) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
      for (String sql : statements) {
        if (sql.contains("?")) {
          try (var p = c.prepareStatement(sql)) {
            p.setString(1, TRICKY_TITLE);
            p.execute();
          }
        } else {
          try (Statement s = c.createStatement()) {
            s.execute(sql);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
