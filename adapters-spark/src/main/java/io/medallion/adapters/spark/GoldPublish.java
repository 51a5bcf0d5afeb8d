package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.year;

import io.delta.tables.DeltaTable;
import io.medallion.application.port.in.RunId;
import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LayerResult;
import io.medallion.domain.catalog.Bridge;
import io.medallion.domain.catalog.Kind;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.Layer;
import io.medallion.domain.medallion.TableName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Gold from silver: the title dimension, the bridges without orphans, and the aggregates over them.
 * Each table is judged by its expectations before it is written, and written in one commit. A
 * bridge or the title dimension already built is refreshed for the affected titles only, found in
 * its inputs' change data feeds; the small aggregates are recomputed and merged where they differ.
 */
final class GoldPublish {

  private static final Logger LOG = LoggerFactory.getLogger(GoldPublish.class);
  private static final String GONE = "_gone";

  private final LakeLocations lake;
  private final DeltaTables delta;
  private final FaultSwitch faults;

  GoldPublish(LakeLocations lake, DeltaTables delta, FaultSwitch faults) {
    this.lake = lake;
    this.delta = delta;
    this.faults = faults;
  }

  LayerResult publish(GoldSpec spec, RunId run) {
    GoldTable table = spec.table();
    String path = lake.table(table.table());
    Map<String, Long> inputs = inputVersions(table);
    Optional<Map<String, Long>> consumed = delta.consumed(path);
    if (consumed.filter(inputs::equals).isPresent()) {
      // Its inputs have not changed since it was built: no work, no commit.
      return new LayerResult(
          table.table(), 0, 0, 0, 0, List.of(), delta.version(path), table.isAggregate());
    }
    Optional<Dataset<Row>> affected = consumed.flatMap(c -> affectedTitles(table, c, inputs));
    Dataset<Row> candidates =
        affected
            .map(ids -> candidates(table).join(broadcast(ids), "show_id", "left_semi"))
            .orElseGet(() -> candidates(table));
    Judgement judgement = new Judgement(spec.expectations(), t -> delta.read(lake.table(t)));
    // Judged once: the tally and the write read the same rows, the joins and windows not redone.
    Dataset<Row> judged = judgement.judge(candidates).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return publishJudged(table, path, inputs, judgement, judged, affected);
    } finally {
      judged.unpersist();
      affected.ifPresent(Dataset::unpersist);
    }
  }

  private LayerResult publishJudged(
      GoldTable table,
      String path,
      Map<String, Long> inputs,
      Judgement judgement,
      Dataset<Row> judged,
      Optional<Dataset<Row>> affected) {
    Row counts = judgement.tally(judged);
    var results = judgement.results(counts);
    judgement.stopOnFailure(table.table().toString(), results, judged, table.key().get(0));
    long rowsIn = counts.getLong(0);
    long quarantined = Judgement.longAt(counts, 1);
    long dropped = Judgement.longAt(counts, 2);
    Dataset<Row> rows =
        MidWriteHalt.when(
            faults,
            FaultPoint.GOLD_MID_WRITE,
            judged
                .filter(not(col(Judgement.QUARANTINED)).and(not(col(Judgement.DROPPED))))
                .select(table.columns().stream().map(c -> col(c)).toArray(Column[]::new)));
    long version =
        delta.recordingConsumed(
            path,
            inputs,
            () -> {
              if (affected.isPresent()) {
                mergeAffected(table, rows, rowsIn == dropped + quarantined, affected.get(), path);
              } else if (delta.exists(path)) {
                mergeDifference(table, rows, path);
              } else {
                delta.replaceConstrained(rows, path, table.key(), checks(table));
              }
            });
    return new LayerResult(
        table.table(),
        rowsIn,
        rowsIn - dropped - quarantined,
        dropped,
        quarantined,
        results,
        version,
        table.isAggregate());
  }

  /**
   * The show ids whose rows in a gold table may differ from what the table holds, from the change
   * data feeds of its inputs since the versions its last refresh consumed. For a bridge: any change
   * to the silver bridge, and a title that came or went in silver titles (its bridge rows are
   * orphans or not); a title's other changes do not reach a bridge. For the title dimension: every
   * changed title, and the movies whose duration rank moved (a new longest duration moves them
   * all). Empty when the table must be rebuilt whole: an aggregate, an input it never consumed or
   * rebuilt since (its version went back), or a change feed no longer readable (vacuumed away).
   */
  private Optional<Dataset<Row>> affectedTitles(
      GoldTable table, Map<String, Long> consumed, Map<String, Long> inputs) {
    if (table.isAggregate() || !consumed.keySet().equals(inputs.keySet())) {
      return Optional.empty();
    }
    TableName titles = TableName.of(Layer.SILVER, Feed.TITLES.table());
    Dataset<Row> ids = null;
    for (TableName input : inputTables(table)) {
      long before = consumed.get(input.toString());
      long now = inputs.get(input.toString());
      if (before < 0 || before > now) {
        return Optional.empty();
      }
      if (before == now) {
        continue;
      }
      Dataset<Row> changes = delta.changesBetween(lake.table(input), before, now);
      if (input.equals(titles) && table.bridge().isPresent()) {
        changes = changes.filter(col(DeltaTables.CHANGE_TYPE).isin("insert", "delete"));
      }
      ids = ids == null ? changes.select("show_id") : ids.union(changes.select("show_id"));
    }
    if (ids == null) {
      return Optional.empty();
    }
    if (table == GoldTable.DIM_TITLE) {
      ids = ids.union(rerankedMovies());
    }
    Dataset<Row> affected = ids.distinct().persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // Read the feeds now: one vacuumed away fails here, before anything is written.
      long count = affected.count();
      LOG.debug("{}: {} titles affected since the last refresh", table.table(), count);
      return Optional.of(affected);
    } catch (Exception e) {
      affected.unpersist();
      LOG.warn(
          "{}: the change feed since its last refresh cannot be read ({}); rebuilding it whole",
          table.table(),
          e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Brings the rows of the {@code affected} show ids to {@code rows}, leaving every other row (the
   * most, in a run with a little new) as it is: rows no longer there deleted, changed ones updated,
   * new ones inserted. When there is nothing to keep and the table holds none of those show ids
   * (new titles without cast, say), nothing is written: the commit only records what was consumed.
   */
  private static void mergeAffected(
      GoldTable table, Dataset<Row> rows, boolean noneKept, Dataset<Row> affected, String path) {
    DeltaTable target = DeltaTable.forPath(rows.sparkSession(), path);
    Dataset<Row> held = target.toDF().join(broadcast(affected), "show_id", "left_semi");
    if (noneKept && held.isEmpty()) {
      // Nothing to write: the commit that records what was consumed is made without data.
      return;
    }
    Seq<String> key = CollectionConverters.asScala(table.key()).toSeq();
    Dataset<Row> gone = held.join(rows, key, "left_anti").withColumn(GONE, lit(true));
    Map<String, String> values = new LinkedHashMap<>();
    table.columns().forEach(c -> values.put("`" + c + "`", "s.`" + c + "`"));
    var merge =
        target
            .as("t")
            .merge(rows.withColumn(GONE, lit(false)).unionByName(gone).as("s"), matching(table))
            .whenMatched("s." + GONE)
            .delete();
    String same = sameValues(table);
    if (!same.isEmpty()) {
      merge = merge.whenMatched("NOT (" + same + ")").updateExpr(values);
    }
    merge.whenNotMatched("NOT s." + GONE).insertExpr(values).execute();
  }

  /**
   * Brings the table to {@code rows} touching only what differs: changed rows updated, new ones
   * inserted, gone ones deleted; unchanged rows (the most, in a run with a little new) stay put.
   */
  private static void mergeDifference(GoldTable table, Dataset<Row> rows, String path) {
    String same = sameValues(table);
    var merge =
        DeltaTable.forPath(rows.sparkSession(), path).as("t").merge(rows.as("s"), matching(table));
    if (!same.isEmpty()) {
      merge = merge.whenMatched("NOT (" + same + ")").updateAll();
    }
    merge.whenNotMatched().insertAll().whenNotMatchedBySource().delete().execute();
  }

  /** The tables a gold table is built from. */
  private static List<TableName> inputTables(GoldTable table) {
    List<TableName> inputs = new ArrayList<>();
    if (table == GoldTable.DIM_TITLE) {
      inputs.add(TableName.of(Layer.SILVER, Feed.TITLES.table()));
    } else if (table.bridge().isPresent()) {
      inputs.add(TableName.of(Layer.SILVER, Feed.of(table.bridge().get()).table()));
      inputs.add(TableName.of(Layer.SILVER, Feed.TITLES.table()));
    } else {
      inputs.add(GoldTable.DIM_TITLE.table());
      if (table == GoldTable.AGG_TITLES_BY_COUNTRY) {
        inputs.add(GoldTable.BRIDGE_TITLE_COUNTRY.table());
      } else if (table == GoldTable.AGG_TITLES_BY_CATEGORY) {
        inputs.add(GoldTable.BRIDGE_TITLE_CATEGORY.table());
      }
    }
    return inputs;
  }

  /** The tables a gold table is built from, at their current versions (-1: absent). */
  private Map<String, Long> inputVersions(GoldTable table) {
    Map<String, Long> versions = new TreeMap<>();
    for (TableName input : inputTables(table)) {
      String path = lake.table(input);
      versions.put(input.toString(), delta.exists(path) ? delta.version(path) : -1L);
    }
    return versions;
  }

  /** A target row {@code t} and a source row {@code s} agree on every column but the key. */
  private static String sameValues(GoldTable table) {
    return table.columns().stream()
        .filter(c -> !table.key().contains(c))
        .map(c -> "t.`%1$s` <=> s.`%1$s`".formatted(c))
        .collect(Collectors.joining(" AND "));
  }

  /** The merge condition: a target row {@code t} and a source row {@code s} share the key. */
  private static String matching(GoldTable table) {
    return table.key().stream()
        .map(k -> "t.`%1$s` <=> s.`%1$s`".formatted(k))
        .collect(Collectors.joining(" AND "));
  }

  /** The Delta CHECK constraints of a gold table, beside its NOT NULL keys. */
  private static Map<String, String> checks(GoldTable table) {
    if (table == GoldTable.DIM_TITLE) {
      return Map.of(
          "kind_known",
          "kind IN ('Movie', 'TV Show') AND type_flag IN (1, 2)",
          "one_duration",
          "(duration_minutes IS NULL OR duration_seasons IS NULL)");
    }
    return table.isAggregate() ? Map.of("titles_positive", "titles > 0") : Map.of();
  }

  /** The rows a gold table is built from; a bridge's orphans are dropped by its expectations. */
  private Dataset<Row> candidates(GoldTable table) {
    if (table.bridge().isPresent()) {
      Bridge bridge = table.bridge().get();
      return silver(Feed.of(bridge)).select(col("show_id"), col(bridge.valueColumn()));
    }
    return switch (table) {
      case DIM_TITLE -> dimTitle();
      case AGG_TITLES_BY_YEAR ->
          titlesBy(
              gold(GoldTable.DIM_TITLE)
                  .filter(col("date_added").isNotNull())
                  .withColumn("year_added", year(col("date_added"))),
              "year_added");
      case AGG_TITLES_BY_RATING ->
          titlesBy(gold(GoldTable.DIM_TITLE).filter(col("rating").isNotNull()), "rating");
      case AGG_TITLES_BY_COUNTRY -> titlesBy(withKind(GoldTable.BRIDGE_TITLE_COUNTRY), "country");
      case AGG_TITLES_BY_CATEGORY ->
          titlesBy(withKind(GoldTable.BRIDGE_TITLE_CATEGORY), "category");
      default -> throw new IllegalArgumentException("no recipe for gold table " + table);
    };
  }

  private Dataset<Row> dimTitle() {
    Dataset<Row> titles = silver(Feed.TITLES);
    Dataset<Row> ranks = durationRanks(titles);
    return titles
        .join(
            broadcast(ranks),
            titles
                .col("kind")
                .equalTo(ranks.col("rank_kind"))
                .and(titles.col("duration_minutes").eqNullSafe(ranks.col("rank_minutes"))),
            "left")
        .drop("rank_kind", "rank_minutes");
  }

  /**
   * A movie's {@code duration_rank}: the dense rank of its duration among the movies' distinct
   * durations, longest first (what {@code dense_rank} over every movie gives), computed on those
   * few hundred values, not by sorting every title.
   */
  private static Dataset<Row> durationRanks(Dataset<Row> titles) {
    var longestFirst =
        Window.partitionBy(col("rank_kind")).orderBy(col("rank_minutes").desc_nulls_last());
    return titles
        .filter(col("kind").equalTo(Kind.MOVIE.label()))
        .select(col("kind").as("rank_kind"), col("duration_minutes").as("rank_minutes"))
        .distinct()
        .withColumn("duration_rank", dense_rank().over(longestFirst));
  }

  /** The movies whose duration rank differs from the rank the title dimension holds for it. */
  private Dataset<Row> rerankedMovies() {
    Dataset<Row> now = durationRanks(silver(Feed.TITLES));
    Dataset<Row> held =
        gold(GoldTable.DIM_TITLE)
            .filter(col("kind").equalTo(Kind.MOVIE.label()))
            .select(
                col("duration_minutes").as("held_minutes"), col("duration_rank").as("held_rank"))
            .distinct();
    Dataset<Row> moved =
        now.join(held, now.col("rank_minutes").eqNullSafe(held.col("held_minutes")), "full_outer")
            .filter(not(col("duration_rank").eqNullSafe(col("held_rank"))))
            .select(coalesce(col("rank_minutes"), col("held_minutes")).as("moved_minutes"));
    Dataset<Row> movies = silver(Feed.TITLES).filter(col("kind").equalTo(Kind.MOVIE.label()));
    return movies
        .join(
            broadcast(moved), movies.col("duration_minutes").eqNullSafe(moved.col("moved_minutes")))
        .select("show_id");
  }

  private Dataset<Row> withKind(GoldTable bridge) {
    return gold(bridge).join(gold(GoldTable.DIM_TITLE).select("show_id", "kind"), "show_id");
  }

  private static Dataset<Row> titlesBy(Dataset<Row> rows, String dimension) {
    return rows.groupBy(col(dimension), col("kind"))
        .agg(count_distinct(col("show_id")).as("titles"));
  }

  private Dataset<Row> silver(Feed feed) {
    return delta.read(lake.table(TableName.of(Layer.SILVER, feed.table())));
  }

  private Dataset<Row> gold(GoldTable table) {
    return delta.read(lake.table(table.table()));
  }
}
