package io.medallion.testkit.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Titles counted per dimension value and kind: distinct show ids, one row per group. */
final class GoldAggregates {

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Comparator<Object> VALUES =
      Comparator.nullsFirst((a, b) -> ((Comparable) a).compareTo(b));

  private GoldAggregates() {}

  /**
   * Titles by the year of a date, named {@code dimension}; titles without the date are the null
   * year's group.
   */
  static List<Map<String, Object>> titlesByYear(
      List<Map<String, Object>> titles, String date, String dimension) {
    List<Map<String, Object>> dated = new ArrayList<>();
    for (Map<String, Object> title : titles) {
      Map<String, Object> row = new LinkedHashMap<>(title);
      LocalDate day = (LocalDate) title.get(date);
      row.put(dimension, day == null ? null : day.getYear());
      dated.add(row);
    }
    return titlesBy(dimension, dated);
  }

  /** Groups rows by {@code dimension} (null a group of its own) and kind, ordered by both. */
  static List<Map<String, Object>> titlesBy(String dimension, List<Map<String, Object>> rows) {
    Map<List<Object>, Set<Object>> groups = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      List<Object> key = Arrays.asList(row.get(dimension), row.get("kind"));
      Set<Object> showIds = groups.computeIfAbsent(key, k -> new HashSet<>());
      // As COUNT(DISTINCT show_id): a null id is not a title.
      if (row.get("show_id") != null) {
        showIds.add(row.get("show_id"));
      }
    }
    return groups.entrySet().stream()
        .sorted(
            Comparator.comparing(
                    (Map.Entry<List<Object>, Set<Object>> e) -> e.getKey().get(0), VALUES)
                .thenComparing(e -> e.getKey().get(1), VALUES))
        .map(e -> group(dimension, e.getKey(), e.getValue().size()))
        .toList();
  }

  private static Map<String, Object> group(String dimension, List<Object> key, long titles) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(dimension, key.get(0));
    row.put("kind", key.get(1));
    row.put("titles", titles);
    return row;
  }
}
