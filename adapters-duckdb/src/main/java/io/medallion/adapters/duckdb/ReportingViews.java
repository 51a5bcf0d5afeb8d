package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.ReportingView;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.TableName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * DuckDB's SQL for the reporting views that {@link ReportingView} defines, over gold and the runs'
 * quality. Ranks are row numbers (titles, then name), so each rank is held once; a title's
 * countries and categories are sorted and joined, null when it has none; a null rating or year is a
 * group of its own.
 */
final class ReportingViews {

  private static final String TITLES = "gold.dim_title";
  private static final String COUNTRIES = "gold.bridge_title_country";
  private static final String CATEGORIES = "gold.bridge_title_category";
  private static final String TABLE_QUALITY = "meta.table_quality";
  private static final String EXPECTATIONS = "meta.expectation_results";

  static final List<ViewSql> VIEWS =
      List.of(
          new ViewSql(
              ReportingView.V_TITLES,
              List.of(TITLES, COUNTRIES, CATEGORIES),
              """
              SELECT t.show_id, t.title, t.kind, t.release_year, t.rating, t.date_added,
                t.duration_minutes, t.duration_seasons,
                c.countries, g.categories,
                CASE WHEN t.kind = 'Movie' THEN dense_rank() OVER (PARTITION BY t.kind
                  ORDER BY t.duration_minutes DESC NULLS LAST) END AS duration_rank
              FROM gold.dim_title t
              LEFT JOIN (SELECT show_id, string_agg(country, '%1$s' ORDER BY country) AS countries
                FROM gold.bridge_title_country GROUP BY show_id) c ON c.show_id = t.show_id
              LEFT JOIN (SELECT show_id, string_agg(category, '%1$s' ORDER BY category) AS categories
                FROM gold.bridge_title_category GROUP BY show_id) g ON g.show_id = t.show_id"""
                  .formatted(ReportingView.NAME_SEPARATOR)),
          new ViewSql(
              ReportingView.V_TITLES_ADDED_BY_MONTH,
              List.of(TITLES),
              """
              SELECT month, kind, titles,
                CAST(sum(titles) OVER (PARTITION BY kind ORDER BY month
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS cumulative_titles
              FROM (SELECT CAST(date_trunc('month', date_added) AS DATE) AS month, kind,
                  count(*) AS titles
                FROM gold.dim_title WHERE date_added IS NOT NULL GROUP BY 1, 2) m"""),
          top(ReportingView.V_TOP_COUNTRIES, GoldTable.BRIDGE_TITLE_COUNTRY),
          top(ReportingView.V_TOP_CATEGORIES, GoldTable.BRIDGE_TITLE_CATEGORY),
          top(ReportingView.V_TOP_DIRECTORS, GoldTable.BRIDGE_TITLE_DIRECTOR),
          top(ReportingView.V_TOP_CAST, GoldTable.BRIDGE_TITLE_CAST),
          new ViewSql(
              ReportingView.V_RATING_MIX,
              List.of(TITLES),
              """
              SELECT rating, kind, titles,
                CAST(titles AS DOUBLE) / sum(titles) OVER (PARTITION BY kind) AS share
              FROM (SELECT rating, kind, count(*) AS titles
                FROM gold.dim_title GROUP BY rating, kind) r"""),
          new ViewSql(
              ReportingView.V_RELEASE_YEARS,
              List.of(TITLES),
              "SELECT release_year, kind, count(*) AS titles"
                  + " FROM gold.dim_title GROUP BY release_year, kind"),
          new ViewSql(
              ReportingView.V_DATA_QUALITY,
              List.of(TABLE_QUALITY),
              // A run that found nothing new for a table does not hide the last one that did.
              """
              SELECT table_name, layer, rows_in, rows_out, dropped, quarantined,
                expectations_passed, expectations_failed,
                run_id AS last_run_id, run_at AS last_run_at
              FROM (SELECT q.*, row_number() OVER (PARTITION BY table_name ORDER BY
                  CASE WHEN rows_in > 0 OR expectations_passed + expectations_failed > 0
                    THEN 1 ELSE 0 END DESC, run_at DESC, run_id DESC) AS pick
                FROM meta.table_quality q) l
              WHERE pick = 1"""),
          new ViewSql(
              ReportingView.V_QUARANTINE_REASONS,
              List.of(TABLE_QUALITY, EXPECTATIONS),
              """
              SELECT e.table_name, e.expectation, e.action, e.failed, e.run_id AS last_run_id
              FROM meta.expectation_results e
              JOIN reporting.v_data_quality d
                ON d.table_name = e.table_name AND d.last_run_id = e.run_id
              WHERE e.failed > 0"""));

  private static final String COLUMNS =
      "SELECT count(*) FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
          + " AND (? OR list_contains(string_split(?, ','), column_name))";

  private ReportingViews() {}

  // Titles per name of one bridge, split by kind, ranked by titles and then by name; the names
  // are served under the view's first column.
  private static ViewSql top(ReportingView view, GoldTable bridge) {
    return new ViewSql(
        view,
        List.of(TITLES, bridge.table().toString()),
        """
        SELECT %1$s, titles, movies, shows,
          row_number() OVER (ORDER BY titles DESC, %1$s ASC) AS "rank"
        FROM (SELECT b.%2$s AS %1$s, count(*) AS titles,
            count(*) FILTER (WHERE t.kind = 'Movie') AS movies,
            count(*) FILTER (WHERE t.kind = 'TV Show') AS shows
          FROM %3$s b JOIN gold.dim_title t ON t.show_id = b.show_id
          GROUP BY b.%2$s) g"""
            .formatted(
                view.columnNames().get(0),
                bridge.bridge().orElseThrow().valueColumn(),
                bridge.table()));
  }

  /** Creates each view whose tables all exist and drops the others, in the caller's transaction. */
  static void refresh(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS reporting");
      for (ViewSql view : VIEWS) {
        statement.execute(allExist(connection, view.sources()) ? view.create() : view.drop());
      }
    }
  }

  // A gold table counts when it has every column of its contract: tests load narrower ones.
  private static boolean allExist(Connection connection, List<String> tables) throws SQLException {
    for (String table : tables) {
      TableName name = TableName.parse(table);
      List<String> columns =
          Arrays.stream(GoldTable.values())
              .filter(g -> g.table().equals(name))
              .findFirst()
              .map(GoldTable::columns)
              .orElse(List.of());
      if (present(connection, name, columns) < Math.max(1, columns.size())) {
        return false;
      }
    }
    return true;
  }

  // The table's columns among those named, or its column count when none are named.
  private static long present(Connection connection, TableName table, List<String> columns)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
      statement.setString(1, table.layer().id());
      statement.setString(2, table.name());
      statement.setBoolean(3, columns.isEmpty());
      statement.setString(4, String.join(",", columns));
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }
}
