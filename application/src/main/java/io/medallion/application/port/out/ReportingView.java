package io.medallion.application.port.out;

import static io.medallion.domain.catalog.Columns.KIND;
import static io.medallion.domain.catalog.Columns.RATING;
import static io.medallion.domain.catalog.Columns.RELEASE_YEAR;
import static io.medallion.domain.catalog.Columns.SHOW_ID;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The views a warehouse serves in its {@code reporting} schema, defined once: each view's name, its
 * typed columns in order and the order of its rows. A warehouse supplies only its SQL for each;
 * {@code ReportingViewsContract} holds every warehouse to the same rows.
 */
public enum ReportingView {
  /**
   * One row per title of {@code gold.dim_title}, with its countries and categories, and, for a
   * movie, the dense rank of its minutes, longest first (a movie without minutes ranks last).
   */
  V_TITLES(
      "show_id:text title:text kind:text release_year:number rating:text date_added:date"
          + " duration_minutes:number duration_seasons:number countries:names categories:names"
          + " duration_rank:number",
      SHOW_ID),
  /** Titles added per month (its first day) and kind, with their running sum per kind. */
  V_TITLES_ADDED_BY_MONTH(
      "month:date kind:text titles:number cumulative_titles:number", KIND, "month"),
  /** Titles per country, split by kind; rank unique: most titles first, then by name. */
  V_TOP_COUNTRIES("country:text titles:number movies:number shows:number rank:number", "rank"),
  /** Titles per category, ranked as {@link #V_TOP_COUNTRIES}. */
  V_TOP_CATEGORIES("category:text titles:number movies:number shows:number rank:number", "rank"),
  /** Titles per director, ranked as {@link #V_TOP_COUNTRIES}. */
  V_TOP_DIRECTORS("name:text titles:number movies:number shows:number rank:number", "rank"),
  /** Titles per cast member, ranked as {@link #V_TOP_COUNTRIES}. */
  V_TOP_CAST("name:text titles:number movies:number shows:number rank:number", "rank"),
  /** Titles per rating (null: no rating) and kind, and their share of the kind's titles. */
  V_RATING_MIX("rating:text kind:text titles:number share:decimal", KIND, "titles desc", RATING),
  /** Titles per release year (null: no year) and kind. */
  V_RELEASE_YEARS("release_year:number kind:text titles:number", RELEASE_YEAR, KIND),
  /**
   * Per table, the counts of the last run that did work on it (a run that found nothing new for a
   * table does not hide the one before).
   */
  V_DATA_QUALITY(
      "table_name:text layer:text rows_in:number rows_out:number dropped:number"
          + " quarantined:number expectations_passed:number expectations_failed:number"
          + " last_run_id:text last_run_at:timestamp",
      "layer",
      "table_name"),
  /** The expectations that failed rows in each table's run of {@link #V_DATA_QUALITY}. */
  V_QUARANTINE_REASONS(
      "table_name:text expectation:text action:text failed:number last_run_id:text",
      "failed desc",
      "table_name",
      "expectation");

  /** What joins the names of a {@link ViewColumn.Type#NAMES} column. */
  public static final String NAME_SEPARATOR = ", ";

  /** The schema every view lives in. */
  public static final String SCHEMA = "reporting";

  private final List<ViewColumn> columns;
  private final List<String> order;

  ReportingView(String columns, String... order) {
    this.columns = Arrays.stream(columns.split(" ")).map(ViewColumn::parse).toList();
    this.order = List.of(order);
  }

  /** Its name in the {@code reporting} schema. */
  public String viewName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public List<ViewColumn> columns() {
    return columns;
  }

  public List<String> columnNames() {
    return columns.stream().map(ViewColumn::name).toList();
  }

  /** The order of its rows: by these columns ({@code desc}: largest first), nulls last. */
  public List<String> order() {
    return order;
  }

  /** The rows' order as a comparator over rows holding {@link #columns()} in order. */
  Comparator<List<Object>> rowOrder() {
    Comparator<List<Object>> order = (a, b) -> 0;
    for (String key : this.order) {
      String[] parts = key.split(" ");
      int index = columnNames().indexOf(parts[0]);
      boolean descending = parts.length > 1;
      order = order.thenComparing(row -> value(row, index), nullsLast(descending));
    }
    return order;
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> value(List<Object> row, int index) {
    return (Comparable<Object>) row.get(index);
  }

  private static Comparator<Comparable<Object>> nullsLast(boolean descending) {
    Comparator<Comparable<Object>> natural = Comparator.naturalOrder();
    return Comparator.nullsLast(descending ? natural.reversed() : natural);
  }

  public static Optional<ReportingView> named(String viewName) {
    return Arrays.stream(values()).filter(v -> v.viewName().equals(viewName)).findFirst();
  }
}
