package io.medallion.testkit.memory;

import static io.medallion.domain.catalog.Columns.IS_CURRENT;
import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static io.medallion.domain.catalog.Columns.VALID_FROM;
import static io.medallion.domain.catalog.Columns.VALID_TO;

import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.SilverSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code silver.titles_history} as Spark's merges build it, batch after batch: a title new to the
 * history, or whose values changed in a later batch, closes its current version and adds one; an
 * unchanged title adds nothing.
 */
final class TitleVersions {

  private TitleVersions() {}

  /** The history's columns: the silver title's, then the version's validity. */
  static List<String> columns(SilverSpec titles) {
    List<String> columns = new ArrayList<>(titles.columns());
    columns.addAll(List.of(VALID_FROM, VALID_TO, IS_CURRENT));
    return List.copyOf(columns);
  }

  /** Every version, from the cleaned silver titles of each batch, oldest batch first. */
  static List<Map<String, Object>> of(List<List<Map<String, Object>>> batches) {
    List<Map<String, Object>> history = new ArrayList<>();
    Map<Object, Integer> current = new HashMap<>();
    for (List<Map<String, Object>> batch : batches) {
      for (Map<String, Object> title : batch) {
        Integer at = current.get(title.get(SHOW_ID));
        Instant from = (Instant) title.get(BronzeSpec.INGESTED_AT);
        if (at != null && !changed(history.get(at), title, from)) {
          continue;
        }
        if (at != null) {
          Map<String, Object> closed = new LinkedHashMap<>(history.get(at));
          closed.put(VALID_TO, from);
          closed.put(IS_CURRENT, false);
          history.set(at, closed);
        }
        Map<String, Object> version = new LinkedHashMap<>(title);
        version.put(VALID_FROM, from);
        version.put(VALID_TO, null);
        version.put(IS_CURRENT, true);
        current.put(title.get(SHOW_ID), history.size());
        history.add(version);
      }
    }
    return history;
  }

  // Where a title was read from is not a value of it.
  private static boolean changed(
      Map<String, Object> version, Map<String, Object> title, Instant from) {
    boolean differs =
        title.keySet().stream()
            .filter(c -> !c.equals(BronzeSpec.SOURCE_FILE) && !c.equals(BronzeSpec.INGESTED_AT))
            .anyMatch(c -> !Objects.equals(version.get(c), title.get(c)));
    Instant since = (Instant) version.get(VALID_FROM);
    return differs && (since == null || from == null || from.isAfter(since));
  }
}
