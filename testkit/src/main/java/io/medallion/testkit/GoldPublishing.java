package io.medallion.testkit;

import io.medallion.application.run.LayerResult;
import io.medallion.domain.catalog.Bridge;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gold from silver: the title dimension, the bridges without orphans, and the aggregates over them.
 * Each table is judged by its expectations before it is written, and written whole.
 */
final class GoldPublishing {

  private final TableStore store;

  GoldPublishing(TableStore store) {
    this.store = store;
  }

  LayerResult publish(GoldSpec spec) {
    GoldTable table = spec.table();
    List<Map<String, Object>> candidates = candidates(table);
    Judgement judgement = new Judgement(spec.expectations(), candidates, store::rows);
    judgement.stopOnFailure(table.table().toString(), table.key().get(0));
    List<Map<String, Object>> rows = judgement.kept();
    long quarantined = candidates.size() - rows.size() - judgement.dropped();
    long version = store.replace(table.table(), table.columns(), rows);
    return new LayerResult(
        table.table(),
        candidates.size(),
        rows.size(),
        judgement.dropped(),
        quarantined,
        judgement.results(),
        version,
        table.isAggregate());
  }

  /** The rows the table is built from; for a bridge, every silver pair, orphans included. */
  private List<Map<String, Object>> candidates(GoldTable table) {
    if (table.bridge().isPresent()) {
      return bridgePairs(table.bridge().get());
    }
    return switch (table) {
      case DIM_TITLE -> dimTitle();
      case AGG_TITLES_BY_YEAR -> GoldAggregates.titlesByYear(gold(GoldTable.DIM_TITLE));
      case AGG_TITLES_BY_RATING -> GoldAggregates.titlesBy("rating", gold(GoldTable.DIM_TITLE));
      case AGG_TITLES_BY_COUNTRY ->
          GoldAggregates.titlesBy("country", withKind(GoldTable.BRIDGE_TITLE_COUNTRY));
      case AGG_TITLES_BY_CATEGORY ->
          GoldAggregates.titlesBy("category", withKind(GoldTable.BRIDGE_TITLE_CATEGORY));
      default -> throw new IllegalArgumentException("no recipe for gold table " + table);
    };
  }

  private List<Map<String, Object>> dimTitle() {
    return silver(Feed.TITLES).stream()
        .map(r -> project(r, GoldTable.DIM_TITLE.columns()))
        .toList();
  }

  private List<Map<String, Object>> bridgePairs(Bridge bridge) {
    List<String> columns = List.of("show_id", bridge.valueColumn());
    return silver(Feed.of(bridge)).stream().map(r -> project(r, columns)).toList();
  }

  private List<Map<String, Object>> withKind(GoldTable bridge) {
    Map<Object, Object> kinds = new LinkedHashMap<>();
    gold(GoldTable.DIM_TITLE).forEach(r -> kinds.put(r.get("show_id"), r.get("kind")));
    return gold(bridge).stream()
        .filter(r -> kinds.containsKey(r.get("show_id")))
        .map(
            r -> {
              Map<String, Object> row = new LinkedHashMap<>(r);
              row.put("kind", kinds.get(r.get("show_id")));
              return row;
            })
        .toList();
  }

  private static Map<String, Object> project(Map<String, Object> row, List<String> columns) {
    Map<String, Object> projected = new LinkedHashMap<>();
    columns.forEach(c -> projected.put(c, row.get(c)));
    return projected;
  }

  private static Set<Object> showIds(List<Map<String, Object>> rows) {
    return rows.stream()
        .map(r -> r.get("show_id"))
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  private List<Map<String, Object>> silver(Feed feed) {
    return store.rows(TableName.of(Layer.SILVER, feed.table()));
  }

  private List<Map<String, Object>> gold(GoldTable table) {
    return store.rows(table.table());
  }
}
