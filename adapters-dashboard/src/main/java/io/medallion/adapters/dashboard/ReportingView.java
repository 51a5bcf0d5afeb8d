package io.medallion.adapters.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The warehouse's reporting views the dashboard reads, each with its columns and their types. */
enum ReportingView {
  V_TITLES(
      "show_id",
      "show_id:text title:text kind:text release_year:number rating:text date_added:date"
          + " duration_minutes:number duration_seasons:number countries:list categories:list"),
  V_TITLES_ADDED_BY_MONTH(
      "month, kind", "month:date kind:text titles:number cumulative_titles:number"),
  V_TOP_COUNTRIES("rank", "country:text titles:number movies:number shows:number rank:number"),
  V_TOP_CATEGORIES("rank", "category:text titles:number movies:number shows:number rank:number"),
  V_TOP_DIRECTORS("rank", "name:text titles:number movies:number shows:number rank:number"),
  V_TOP_CAST("rank", "name:text titles:number movies:number shows:number rank:number"),
  V_RATING_MIX("kind, titles DESC, rating", "rating:text kind:text titles:number share:number"),
  V_RELEASE_YEARS("release_year, kind", "release_year:number kind:text titles:number"),
  V_DATA_QUALITY(
      "layer, table_name",
      "table_name:text layer:text rows_in:number rows_out:number dropped:number"
          + " quarantined:number expectations_passed:number expectations_failed:number"
          + " last_run_id:text last_run_at:instant"),
  V_QUARANTINE_REASONS(
      "failed DESC, table_name, expectation",
      "table_name:text expectation:text action:text failed:number last_run_id:text");

  private final String orderBy;
  private final List<ViewColumn> columns;

  ReportingView(String orderBy, String columns) {
    this.orderBy = orderBy;
    this.columns = Arrays.stream(columns.split(" ")).map(ViewColumn::parse).toList();
  }

  /** The view's name in the {@code reporting} schema, and its endpoint's last path segment. */
  String viewName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  List<ViewColumn> columns() {
    return columns;
  }

  /** One SELECT of the view, each column in a form whose text the page can read back exactly. */
  String sql() {
    return "SELECT "
        + columns.stream().map(ViewColumn::selectExpression).collect(Collectors.joining(", "))
        + " FROM reporting."
        + viewName()
        + " ORDER BY "
        + orderBy;
  }

  static Optional<ReportingView> named(String name) {
    return Arrays.stream(values()).filter(v -> v.viewName().equals(name)).findFirst();
  }
}
