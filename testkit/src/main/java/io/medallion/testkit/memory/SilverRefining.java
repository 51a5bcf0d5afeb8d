package io.medallion.testkit.memory;

import io.medallion.application.run.LayerResult;
import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.CatalogueConform;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.quality.Judging;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Silver from the whole bronze table: expectations judged once, quarantined rows kept with their
 * reasons, one row per key (the latest ingested wins), kept rows cleaned and typed. The conformed
 * layouts' bronze rows join the source's before anything is judged.
 */
final class SilverRefining {

  static final String FAILED_RULES = SilverSpec.FAILED_RULES;

  private static final Comparator<Map<String, Object>> OLDEST_FIRST =
      Comparator.comparing(
              (Map<String, Object> r) -> (Instant) r.get(BronzeSpec.INGESTED_AT),
              Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparing(
              r -> (String) r.get(BronzeSpec.SOURCE_FILE),
              Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(
              r -> (Long) r.get(BronzeLoading.RECORD_INDEX),
              Comparator.nullsFirst(Comparator.<Long>naturalOrder()));

  private final TableStore store;

  SilverRefining(TableStore store) {
    this.store = store;
  }

  LayerResult refine(SilverSpec spec) {
    List<Map<String, Object>> rows = standardised(spec, sources(spec));
    Judgement judgement = new Judgement(spec.expectations(), rows, store::rows);
    judgement.stopOnFailure(spec.target().toString(), "show_id");
    List<Map<String, Object>> kept = judgement.kept();
    List<Map<String, Object>> quarantine = judgement.quarantined(FAILED_RULES);
    if (spec.quarantineLimit().exceededBy(quarantine.size(), rows.size())) {
      throw Judging.stopped(
          spec.target().toString(),
          SilverSpec.QUARANTINE_LIMIT,
          quarantine.size(),
          quarantine.stream().map(r -> String.valueOf(r.get("show_id"))).toList());
    }
    List<Map<String, Object>> silver =
        latestPerKey(spec.key(), kept).stream()
            .map(r -> SilverRows.cleaned(spec.feed(), r))
            .toList();
    // Quarantine and history first, the table last, as Spark commits them.
    store.replace(spec.target().quarantine(), quarantineColumns(spec), quarantine);
    if (isTitles(spec)) {
      store.replace(
          SilverSpec.TITLE_HISTORY,
          TitleVersions.columns(spec),
          TitleVersions.of(batches(spec, kept)));
    }
    long version = store.replace(spec.target(), spec.columns(), silver);
    long duplicates = kept.size() - silver.size();
    return new LayerResult(
        spec.target(),
        rows.size(),
        silver.size(),
        judgement.dropped() + duplicates,
        quarantine.size(),
        judgement.results(),
        version,
        false);
  }

  /** The source's bronze rows, then the conformed layouts' rows in the feed's shape. */
  private List<Map<String, Object>> sources(SilverSpec spec) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> bronze : store.rows(spec.source())) {
      Map<String, Object> row = new LinkedHashMap<>(bronze);
      if (isTitles(spec)) {
        row.put(CatalogueConform.DURATION_FROM_RATING, null);
      }
      rows.add(row);
    }
    for (Feed layout : spec.conformed()) {
      TableName table = TableName.of(Layer.BRONZE, layout.table());
      // A layout no bronze load ever ran for has no rows to give.
      if (store.exists(table)) {
        rows.addAll(CatalogueConforming.conformed(spec.feed(), store.rows(table)));
      }
    }
    return rows;
  }

  private static boolean isTitles(SilverSpec spec) {
    return spec.feed().nameColumn().isEmpty();
  }

  /** Bridge names are trimmed before they are judged, so " " is blank and "Ada " is "Ada". */
  private static List<Map<String, Object>> standardised(
      SilverSpec spec, List<Map<String, Object>> bronze) {
    if (spec.feed().nameColumn().isEmpty()) {
      return bronze;
    }
    String name = spec.feed().nameColumn().get();
    return bronze.stream()
        .map(
            r -> {
              Map<String, Object> row = new LinkedHashMap<>(r);
              Object value = row.get(name);
              row.put(name, value == null ? null : TitleCleaning.trim(value.toString()));
              return row;
            })
        .toList();
  }

  /** The kept rows of each run's bronze batch, latest per key and cleaned, oldest batch first. */
  private static List<List<Map<String, Object>>> batches(
      SilverSpec spec, List<Map<String, Object>> kept) {
    Map<Object, List<Map<String, Object>>> byRun = new LinkedHashMap<>();
    kept.stream()
        .sorted(OLDEST_FIRST)
        .forEach(
            r -> byRun.computeIfAbsent(r.get(BronzeSpec.RUN_ID), k -> new ArrayList<>()).add(r));
    return byRun.values().stream()
        .map(
            batch ->
                latestPerKey(spec.key(), batch).stream()
                    .map(r -> SilverRows.cleaned(spec.feed(), r))
                    .toList())
        .toList();
  }

  private static List<Map<String, Object>> latestPerKey(
      List<String> key, List<Map<String, Object>> rows) {
    Map<List<Object>, Map<String, Object>> latest = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      List<Object> values = key.stream().map(row::get).toList();
      latest.merge(values, row, (old, now) -> OLDEST_FIRST.compare(now, old) > 0 ? now : old);
    }
    return List.copyOf(latest.values());
  }

  private List<String> quarantineColumns(SilverSpec spec) {
    List<String> columns = new ArrayList<>(store.columns(spec.source()));
    if (isTitles(spec)) {
      columns.add(CatalogueConform.DURATION_FROM_RATING);
    }
    columns.add(FAILED_RULES);
    return columns;
  }
}
