package io.medallion.adapters.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL pieces of a Delta MERGE of source rows {@code s} into a target {@code t}, columns quoted.
 */
final class MergeClauses {

  private MergeClauses() {}

  /**
   * The merge condition: {@code t} and {@code s} agree (null-safe) on every one of {@code keys}.
   */
  static String matching(List<String> keys) {
    return agreeing(keys);
  }

  /** {@code t} and {@code s} agree (null-safe) on every column that is not one of {@code keys}. */
  static String unchanged(List<String> columns, List<String> keys) {
    return agreeing(columns.stream().filter(c -> !keys.contains(c)).toList());
  }

  /** Each target column set to the source's column of the same name. */
  static Map<String, String> values(List<String> columns) {
    Map<String, String> values = new LinkedHashMap<>();
    columns.forEach(c -> values.put("`" + c + "`", "s.`" + c + "`"));
    return values;
  }

  private static String agreeing(List<String> columns) {
    return columns.stream()
        .map(c -> "t.`%1$s` <=> s.`%1$s`".formatted(c))
        .collect(Collectors.joining(" AND "));
  }
}
