package io.medallion.adapters.spark;

import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.delta.tables.DeltaTable;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.SilverSpec;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Writes a silver batch with Delta MERGE, so a run touches only the keys it brings and a replay of
 * the same batch changes no row.
 */
final class SilverMerge {

  private static final String DELETE = "_delete";

  private SilverMerge() {}

  /**
   * Upserts the batch by key, the latest ingested row winning. For a bridge, the batch replaces the
   * names of the show ids it holds: a name no longer listed for such a show id goes.
   */
  static String upsert(SilverSpec spec, Dataset<Row> fresh, String path, DeltaTables delta) {
    if (!delta.exists(path)) {
      fresh.write().format("delta").save(path);
      return path;
    }
    DeltaTable target = DeltaTable.forPath(fresh.sparkSession(), path);
    List<String> key =
        spec.feed().bridge().map(b -> List.of(SHOW_ID, b.valueColumn())).orElse(spec.key());
    String on = MergeClauses.matching(key);
    String newer =
        "s.%1$s > t.%1$s OR (s.%1$s = t.%1$s AND s.%2$s > t.%2$s)"
            .formatted(BronzeSpec.INGESTED_AT, BronzeSpec.SOURCE_FILE);
    Map<String, String> values = MergeClauses.values(List.of(fresh.columns()));
    if (spec.feed().bridge().isEmpty()) {
      target
          .as("t")
          .merge(fresh.as("s"), on)
          .whenMatched(newer)
          .updateExpr(values)
          .whenNotMatched()
          .insertExpr(values)
          .execute();
      return path;
    }
    Dataset<Row> gone =
        target
            .toDF()
            .join(fresh.select(SHOW_ID).distinct(), SHOW_ID)
            .join(fresh, scala(key), "left_anti")
            .select(
                java.util.Arrays.stream(fresh.columns())
                    .map(c -> col(c))
                    .toArray(org.apache.spark.sql.Column[]::new))
            .withColumn(DELETE, lit(true));
    target
        .as("t")
        .merge(fresh.withColumn(DELETE, lit(false)).unionByName(gone).as("s"), on)
        .whenMatched("s." + DELETE)
        .delete()
        .whenMatched("NOT s." + DELETE + " AND (" + newer + ")")
        .updateExpr(values)
        .whenNotMatched("NOT s." + DELETE)
        .insertExpr(values)
        .execute();
    return path;
  }

  /** Inserts the rows whose {@code keys} the table does not hold yet; a replay inserts none. */
  static void insertMissing(Dataset<Row> rows, String path, List<String> keys, DeltaTables delta) {
    if (!delta.exists(path)) {
      rows.write().format("delta").save(path);
      return;
    }
    DeltaTable.forPath(rows.sparkSession(), path)
        .as("t")
        .merge(rows.as("s"), MergeClauses.matching(keys))
        .whenNotMatched()
        .insertAll()
        .execute();
  }

  private static scala.collection.immutable.Seq<String> scala(List<String> columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(columns).toSeq();
  }
}
