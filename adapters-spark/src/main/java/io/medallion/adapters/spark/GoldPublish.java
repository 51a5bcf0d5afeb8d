package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import io.medallion.application.port.in.RunId;
import io.medallion.application.port.out.LayerResult;
import io.medallion.domain.catalog.Bridge;
import io.medallion.domain.catalog.Kind;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.Layer;
import io.medallion.domain.medallion.TableName;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Gold from silver: the title dimension, the bridges without orphans, and the aggregates over them.
 * Each table is judged by its expectations before it is written, and written in one commit.
 */
final class GoldPublish {

  private final LakeLocations lake;
  private final DeltaTables delta;

  GoldPublish(LakeLocations lake, DeltaTables delta) {
    this.lake = lake;
    this.delta = delta;
  }

  LayerResult publish(GoldSpec spec, RunId run) {
    GoldTable table = spec.table();
    Judgement judgement = new Judgement(spec.expectations(), t -> delta.read(lake.table(t)));
    Dataset<Row> judged = judgement.judge(candidates(table));
    Row counts = judgement.tally(judged);
    var results = judgement.results(counts);
    judgement.stopOnFailure(table.table().toString(), results, judged, table.key().get(0));
    long rowsIn = counts.getLong(0);
    long quarantined = Judgement.longAt(counts, 1);
    long dropped = Judgement.longAt(counts, 2);
    Dataset<Row> rows =
        judged
            .filter(not(col(Judgement.QUARANTINED)).and(not(col(Judgement.DROPPED))))
            .select(table.columns().stream().map(c -> col(c)).toArray(Column[]::new));
    long version =
        delta.replaceConstrained(rows, lake.table(table.table()), table.key(), checks(table));
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
