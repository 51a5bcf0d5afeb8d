package io.medallion.testkit.memory;

import io.medallion.application.run.LayerResult;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldRecipe;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    List<Map<String, Object>> candidates = candidates(spec.recipe());
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
  private List<Map<String, Object>> candidates(GoldRecipe recipe) {
    if (recipe instanceof GoldRecipe.SilverRows silver) {
      return silver(silver.feed()).stream().map(r -> project(r, silver.columns())).toList();
    }
    return titlesPer((GoldRecipe.TitlesPer) recipe);
  }

  private List<Map<String, Object>> titlesPer(GoldRecipe.TitlesPer per) {
    if (per.overABridge()) {
      return GoldAggregates.titlesBy(per.dimension(), withKind(per.over()));
    }
    List<Map<String, Object>> titles = gold(GoldTable.DIM_TITLE);
    return per.yearOf()
        .map(date -> GoldAggregates.titlesByYear(titles, date, per.dimension()))
        .orElseGet(() -> GoldAggregates.titlesBy(per.dimension(), titles));
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

  private List<Map<String, Object>> silver(Feed feed) {
    return store.rows(TableName.of(Layer.SILVER, feed.table()));
  }

  private List<Map<String, Object>> gold(GoldTable table) {
    return store.rows(table.table());
  }
}
