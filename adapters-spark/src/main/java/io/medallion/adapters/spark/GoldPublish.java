package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * Gold from silver: the title dimension, the bridges without orphans, and the aggregates over them.
 * Each table is judged by its expectations before it is written, and written in one commit.
 */
final class GoldPublish {

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
    if (delta.consumed(path).filter(inputs::equals).isPresent()) {
      // Its inputs have not changed since it was built: no work, no commit.
      return new LayerResult(
          table.table(), 0, 0, 0, 0, List.of(), delta.version(path), table.isAggregate());
    }
    Judgement judgement = new Judgement(spec.expectations(), t -> delta.read(lake.table(t)));
    // Judged once: the tally and the write read the same rows, the joins and windows not redone.
    Dataset<Row> judged =
        judgement.judge(candidates(table)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return publishJudged(table, path, inputs, judgement, judged);
    } finally {
      judged.unpersist();
    }
  }

  private LayerResult publishJudged(
      GoldTable table,
      String path,
      Map<String, Long> inputs,
      Judgement judgement,
      Dataset<Row> judged) {
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
            inputs,
            () -> {
              if (delta.exists(path)) {
                mergeDifference(table, rows, path);
              } else {
                delta.replaceConstrained(rows, path, table.key(), checks(table));
              }
              return path;
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
   * Brings the table to {@code rows} touching only what differs: changed rows updated, new ones
   * inserted, gone ones deleted; unchanged rows (the most, in a run with a little new) stay put.
   */
  private static void mergeDifference(GoldTable table, Dataset<Row> rows, String path) {
    String on =
        table.key().stream()
            .map(k -> "t.`%1$s` <=> s.`%1$s`".formatted(k))
            .collect(Collectors.joining(" AND "));
    String same =
        table.columns().stream()
            .filter(c -> !table.key().contains(c))
            .map(c -> "t.`%1$s` <=> s.`%1$s`".formatted(c))
            .collect(Collectors.joining(" AND "));
    var merge = DeltaTable.forPath(rows.sparkSession(), path).as("t").merge(rows.as("s"), on);
    if (!same.isEmpty()) {
      merge = merge.whenMatched("NOT (" + same + ")").updateAll();
    }
    merge.whenNotMatched().insertAll().whenNotMatchedBySource().delete().execute();
  }

  /** The tables a gold table is built from, at their current versions. */
  private Map<String, Long> inputVersions(GoldTable table) {
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
    Map<String, Long> versions = new TreeMap<>();
    for (TableName input : inputs) {
      String path = lake.table(input);
      versions.put(input.toString(), delta.exists(path) ? delta.version(path) : -1L);
    }
    return versions;
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
    Column movie = col("kind").equalTo(Kind.MOVIE.label());
    var longestFirst = Window.partitionBy(col("kind")).orderBy(col("duration_minutes").desc());
    return silver(Feed.TITLES)
        .withColumn("duration_rank", when(movie, dense_rank().over(longestFirst)));
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
