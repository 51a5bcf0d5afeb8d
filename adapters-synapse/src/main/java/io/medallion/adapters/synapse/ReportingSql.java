package io.medallion.adapters.synapse;

import java.util.List;

/**
 * The T-SQL of the reporting views, twins of the DuckDB warehouse's: the same names, columns and
 * rows, except that countries and categories are one sorted, comma-separated text (T-SQL has no
 * lists) and a title without any is null rather than empty.
 */
final class ReportingSql {

  static final String SCHEMA = "reporting";

  private ReportingSql() {}

  /** The views over gold, which both pools serve. */
  static List<ReportingView> gold() {
    return List.of(
        view("v_titles", TITLES),
        view("v_titles_added_by_month", ADDED_BY_MONTH),
        top("v_top_countries", "country", "bridge_title_country", "country"),
        top("v_top_categories", "category", "bridge_title_category", "category"),
        top("v_top_directors", "name", "bridge_title_director", "person"),
        top("v_top_cast", "name", "bridge_title_cast", "person"),
        view("v_rating_mix", RATING_MIX),
        view("v_release_years", RELEASE_YEARS));
  }

  /** The views over the runs' quality, which only a pool holding tables can keep. */
  static List<ReportingView> quality() {
    return List.of(view("v_data_quality", DATA_QUALITY), view("v_quarantine_reasons", REASONS));
  }

  private static ReportingView view(String name, String select) {
    return new ReportingView(SCHEMA, name, select);
  }

  // duration_rank: T-SQL sorts NULL lowest, so descending puts a movie without minutes last, as
  // DuckDB's NULLS LAST does.
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
      JOIN [reporting].[v_data_quality] AS d
          ON d.[table_name] = e.[table_name] AND d.[last_run_id] = e.[run_id]
      WHERE e.[failed] > 0
      """;

  // Titles per name of one bridge, split by kind, ranked by titles and then by name.
  private static ReportingView top(String name, String label, String bridge, String column) {
    return view(
        name,
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
            .formatted(label, column, bridge));
  }
}
