package io.medallion.adapters.synapse;

import io.medallion.application.port.out.ReportingView;
import io.medallion.domain.medallion.GoldTable;
import java.util.List;

/**
 * This warehouse's T-SQL for each view {@link ReportingView} defines, selecting its columns in
 * order; a names column is the names sorted and joined by {@link ReportingView#NAME_SEPARATOR} with
 * STRING_AGG, null for a title without any. A view has no order: {@link ViewReading} reads the
 * rows, and the definition orders them.
 */
final class ReportingSql {

  private ReportingSql() {}

  /** The views over gold, which both pools serve. */
  static List<SqlView> gold() {
    return List.of(
        view(ReportingView.V_TITLES, TITLES),
        view(ReportingView.V_TITLES_ADDED_BY_MONTH, ADDED_BY_MONTH),
        top(ReportingView.V_TOP_COUNTRIES, GoldTable.BRIDGE_TITLE_COUNTRY),
        top(ReportingView.V_TOP_CATEGORIES, GoldTable.BRIDGE_TITLE_CATEGORY),
        top(ReportingView.V_TOP_DIRECTORS, GoldTable.BRIDGE_TITLE_DIRECTOR),
        top(ReportingView.V_TOP_CAST, GoldTable.BRIDGE_TITLE_CAST),
        view(ReportingView.V_RATING_MIX, RATING_MIX),
        view(ReportingView.V_RELEASE_YEARS, RELEASE_YEARS));
  }

  /**
   * The views over the runs' quality, which only a pool holding tables can keep; in this order, as
   * the second reads the first.
   */
  static List<SqlView> quality() {
    return List.of(
        view(ReportingView.V_DATA_QUALITY, DATA_QUALITY),
        view(ReportingView.V_QUARANTINE_REASONS, REASONS));
  }

  private static SqlView view(ReportingView view, String select) {
    return new SqlView(ReportingView.SCHEMA, view.viewName(), select);
  }

  // duration_rank: T-SQL sorts NULL lowest, so descending ranks a movie without minutes last, as
  // the view's definition says.
  private static final String TITLES =
      """
      SELECT t.[show_id], t.[title], t.[kind], t.[release_year], t.[rating], t.[date_added],
          t.[duration_minutes], t.[duration_seasons], c.[countries], g.[categories],
          CASE WHEN t.[kind] = N'Movie' THEN DENSE_RANK() OVER (PARTITION BY t.[kind]
              ORDER BY t.[duration_minutes] DESC) END AS [duration_rank]
      FROM [gold].[dim_title] AS t
      LEFT JOIN (
          SELECT [show_id], STRING_AGG(CAST([country] AS NVARCHAR(MAX)), N', ')
              WITHIN GROUP (ORDER BY [country]) AS [countries]
          FROM [gold].[bridge_title_country]
          GROUP BY [show_id]
      ) AS c ON c.[show_id] = t.[show_id]
      LEFT JOIN (
          SELECT [show_id], STRING_AGG(CAST([category] AS NVARCHAR(MAX)), N', ')
              WITHIN GROUP (ORDER BY [category]) AS [categories]
          FROM [gold].[bridge_title_category]
          GROUP BY [show_id]
      ) AS g ON g.[show_id] = t.[show_id]
      """;

  private static final String ADDED_BY_MONTH =
      """
      SELECT [month], [kind], [titles],
          SUM([titles]) OVER (PARTITION BY [kind] ORDER BY [month]
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS [cumulative_titles]
      FROM (
          SELECT DATEFROMPARTS(YEAR([date_added]), MONTH([date_added]), 1) AS [month], [kind],
              COUNT_BIG(*) AS [titles]
          FROM [gold].[dim_title]
          WHERE [date_added] IS NOT NULL
          GROUP BY DATEFROMPARTS(YEAR([date_added]), MONTH([date_added]), 1), [kind]
      ) AS m
      """;

  private static final String RATING_MIX =
      """
      SELECT [rating], [kind], [titles],
          CAST([titles] AS FLOAT) / SUM([titles]) OVER (PARTITION BY [kind]) AS [share]
      FROM (
          SELECT [rating], [kind], COUNT_BIG(*) AS [titles]
          FROM [gold].[dim_title]
          GROUP BY [rating], [kind]
      ) AS r
      """;

  private static final String RELEASE_YEARS =
      """
      SELECT [release_year], [kind], COUNT_BIG(*) AS [titles]
      FROM [gold].[dim_title]
      GROUP BY [release_year], [kind]
      """;

  // A run that found nothing new for a table does not hide the last one that did.
  private static final String DATA_QUALITY =
      """
      SELECT [table_name], [layer], [rows_in], [rows_out], [dropped], [quarantined],
          [expectations_passed], [expectations_failed],
          [run_id] AS [last_run_id], [run_at] AS [last_run_at]
      FROM (
          SELECT q.*, ROW_NUMBER() OVER (PARTITION BY q.[table_name] ORDER BY
              CASE WHEN q.[rows_in] > 0 OR q.[expectations_passed] + q.[expectations_failed] > 0
                  THEN 1 ELSE 0 END DESC, q.[run_at] DESC, q.[run_id] DESC) AS [pick]
          FROM [meta].[table_quality] AS q
      ) AS l
      WHERE [pick] = 1
      """;

  private static final String REASONS =
      """
      SELECT e.[table_name], e.[expectation], e.[action], e.[failed], e.[run_id] AS [last_run_id]
      FROM [meta].[expectation_results] AS e
      JOIN %s AS d
          ON d.[table_name] = e.[table_name] AND d.[last_run_id] = e.[run_id]
      WHERE e.[failed] > 0
      """
          .formatted(
              SqlIdentifier.quote(ReportingView.SCHEMA, ReportingView.V_DATA_QUALITY.viewName()));

  // Titles per name of one bridge, split by kind, ranked by titles and then by name; the names
  // are served under the view's first column.
  private static SqlView top(ReportingView view, GoldTable bridge) {
    return view(
        view,
        """
        SELECT [%1$s], [titles], [movies], [shows],
            ROW_NUMBER() OVER (ORDER BY [titles] DESC, [%1$s] ASC) AS [rank]
        FROM (
            SELECT b.[%2$s] AS [%1$s], COUNT_BIG(*) AS [titles],
                SUM(CASE WHEN t.[kind] = N'Movie' THEN CAST(1 AS BIGINT) ELSE 0 END) AS [movies],
                SUM(CASE WHEN t.[kind] = N'TV Show' THEN CAST(1 AS BIGINT) ELSE 0 END) AS [shows]
            FROM [gold].[%3$s] AS b
            JOIN [gold].[dim_title] AS t ON t.[show_id] = b.[show_id]
            GROUP BY b.[%2$s]
        ) AS g
        """
            .formatted(
                view.columnNames().get(0),
                bridge.bridge().orElseThrow().valueColumn(),
                bridge.table().name()));
  }
}
