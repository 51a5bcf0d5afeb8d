package io.medallion.testkit.memory;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;
import static java.util.Comparator.reverseOrder;

import io.medallion.application.port.out.ReportingView;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.TableName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reporting views over gold computed on the in-memory warehouse's rows, as the SQL warehouses
 * compute them; {@code ReportingViewsContract} holds all three to the same rows.
 */
final class InMemoryReportingViews {

  private static final String MOVIE = "Movie";

  private final Function<TableName, List<Map<String, Object>>> tables;

  /** {@code tables} gives a loaded table's rows, or fails naming a table that is not loaded. */
  InMemoryReportingViews(Function<TableName, List<Map<String, Object>>> tables) {
    this.tables = tables;
  }

  List<List<Object>> rows(ReportingView view) {
    return switch (view) {
      case V_TITLES -> titles();
      case V_TITLES_ADDED_BY_MONTH -> addedByMonth();
      case V_TOP_COUNTRIES -> top(GoldTable.BRIDGE_TITLE_COUNTRY);
      case V_TOP_CATEGORIES -> top(GoldTable.BRIDGE_TITLE_CATEGORY);
      case V_TOP_DIRECTORS -> top(GoldTable.BRIDGE_TITLE_DIRECTOR);
      case V_TOP_CAST -> top(GoldTable.BRIDGE_TITLE_CAST);
      case V_RATING_MIX -> ratingMix();
      case V_RELEASE_YEARS -> releaseYears();
      case V_DATA_QUALITY, V_QUARANTINE_REASONS ->
          throw new IllegalArgumentException(view.viewName() + " is over quality, not gold");
    };
  }

  private List<List<Object>> titles() {
    List<Map<String, Object>> titles = rowsOf(GoldTable.DIM_TITLE);
    Map<Object, String> countries = names(GoldTable.BRIDGE_TITLE_COUNTRY);
    Map<Object, String> categories = names(GoldTable.BRIDGE_TITLE_CATEGORY);
    // A dense rank of movies by minutes, longest first; a movie without minutes ranks last.
    List<Long> minutes =
        titles.stream()
            .filter(t -> MOVIE.equals(t.get("kind")))
            .map(t -> whole(t.get("duration_minutes")))
            .distinct()
            .sorted(nullsLast(reverseOrder()))
            .toList();
    List<List<Object>> rows = new ArrayList<>();
    for (Map<String, Object> t : titles) {
      Object id = t.get("show_id");
      Long rank =
          MOVIE.equals(t.get("kind"))
              ? (long) minutes.indexOf(whole(t.get("duration_minutes"))) + 1
              : null;
      rows.add(
          Arrays.asList(
              id,
              t.get("title"),
              t.get("kind"),
              whole(t.get("release_year")),
              t.get("rating"),
              day(t.get("date_added")),
              whole(t.get("duration_minutes")),
              whole(t.get("duration_seasons")),
              countries.get(id),
              categories.get(id),
              rank));
    }
    return rows;
  }

  private List<List<Object>> addedByMonth() {
    Map<List<Object>, Long> counts =
        count(
            rowsOf(GoldTable.DIM_TITLE).stream()
                .filter(t -> t.get("date_added") != null)
                .map(t -> List.of(day(t.get("date_added")).withDayOfMonth(1), t.get("kind")))
                .toList());
    Map<Object, Long> running = new TreeMap<>();
    List<List<Object>> rows = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(comparing(e -> (LocalDate) e.getKey().get(0)))
        .forEach(
            e -> {
              Object kind = e.getKey().get(1);
              long sum = running.merge(kind, e.getValue(), Long::sum);
              rows.add(List.of(e.getKey().get(0), kind, e.getValue(), sum));
            });
    return rows;
  }

  // Titles per name of one bridge, split by kind; rank unique: most titles first, then by name.
  private List<List<Object>> top(GoldTable bridge) {
    String column = bridge.bridge().orElseThrow().valueColumn();
    Map<Object, Object> kinds = kinds();
    Map<Object, List<Object>> kindsByName = new TreeMap<>();
    for (Map<String, Object> row : rowsOf(bridge)) {
      Object kind = kinds.get(row.get("show_id"));
      if (kind != null) {
        kindsByName.computeIfAbsent(row.get(column), n -> new ArrayList<>()).add(kind);
      }
    }
    List<Map.Entry<Object, List<Object>>> ranked = new ArrayList<>(kindsByName.entrySet());
    ranked.sort(comparing((Map.Entry<Object, List<Object>> e) -> -e.getValue().size()));
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<Object, List<Object>> e : ranked) {
      long movies = e.getValue().stream().filter(MOVIE::equals).count();
      long titles = e.getValue().size();
      rows.add(List.of(e.getKey(), titles, movies, titles - movies, rows.size() + 1L));
    }
    return rows;
  }

  private List<List<Object>> ratingMix() {
    Map<List<Object>, Long> counts = count(pairs("rating"));
    Map<Object, Long> perKind = new TreeMap<>();
    counts.forEach((key, n) -> perKind.merge(key.get(1), n, Long::sum));
    List<List<Object>> rows = new ArrayList<>();
    counts.forEach(
        (key, n) ->
            rows.add(
                Arrays.asList(key.get(0), key.get(1), n, (double) n / perKind.get(key.get(1)))));
    return rows;
  }

  private List<List<Object>> releaseYears() {
    List<List<Object>> rows = new ArrayList<>();
    count(pairs("release_year"))
        .forEach((key, n) -> rows.add(Arrays.asList(whole(key.get(0)), key.get(1), n)));
    return rows;
  }

  // Each title's value of one column beside its kind.
  private List<List<Object>> pairs(String column) {
    return rowsOf(GoldTable.DIM_TITLE).stream()
        .map(t -> Arrays.asList(t.get(column), t.get("kind")))
        .toList();
  }

  private static Map<List<Object>, Long> count(List<List<Object>> keys) {
    return keys.stream()
        .collect(
            Collectors.groupingBy(k -> k, java.util.LinkedHashMap::new, Collectors.counting()));
  }

  private Map<Object, Object> kinds() {
    Map<Object, Object> kinds = new java.util.HashMap<>();
    rowsOf(GoldTable.DIM_TITLE).forEach(t -> kinds.put(t.get("show_id"), t.get("kind")));
    return kinds;
  }

  // Per title, the bridge's names sorted and joined; a title without any has no entry.
  private Map<Object, String> names(GoldTable bridge) {
    String column = bridge.bridge().orElseThrow().valueColumn();
    Map<Object, TreeSet<String>> names = new java.util.HashMap<>();
    for (Map<String, Object> row : rowsOf(bridge)) {
      names
          .computeIfAbsent(row.get("show_id"), id -> new TreeSet<>(naturalOrder()))
          .add(Objects.toString(row.get(column)));
    }
    Map<Object, String> joined = new java.util.HashMap<>();
    names.forEach((id, set) -> joined.put(id, String.join(ReportingView.NAME_SEPARATOR, set)));
    return joined;
  }

  private List<Map<String, Object>> rowsOf(GoldTable table) {
    return tables.apply(table.table());
  }

  private static Long whole(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  private static LocalDate day(Object value) {
    return value == null || value instanceof LocalDate
        ? (LocalDate) value
        : LocalDate.parse(value.toString());
  }
}
