package io.medallion.adapters.spark;

import static io.medallion.domain.catalog.Columns.IS_CURRENT;
import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static io.medallion.domain.catalog.Columns.VALID_FROM;
import static io.medallion.domain.catalog.Columns.VALID_TO;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import io.delta.tables.DeltaTable;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.SilverSpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code silver.titles_history}: every version of every title, as a slowly changing dimension of
 * type 2 ({@code valid_from}, {@code valid_to}, {@code is_current}), like DLT's APPLY CHANGES and
 * dbt snapshots. A title whose values did not change adds no version, so a replay adds nothing.
 */
final class TitleHistory {

  static final String TABLE = SilverSpec.TITLE_HISTORY.name();

  private static final String HASH = "_row_hash";
  private static final String MERGE_KEY = "_merge_key";

  private final DeltaTables delta;

  TitleHistory(DeltaTables delta) {
    this.delta = delta;
  }

  /** Adds the titles of a silver batch whose values changed (or that are new) as current. */
  void apply(Dataset<Row> titles, String path) {
    Dataset<Row> versions =
        titles
            .withColumn(HASH, hash(titles.columns()))
            .withColumn(VALID_FROM, col(BronzeSpec.INGESTED_AT))
            .withColumn(VALID_TO, lit(null).cast("timestamp"))
            .withColumn(IS_CURRENT, lit(true));
    if (!delta.exists(path)) {
      versions.write().format("delta").save(path);
      return;
    }
    DeltaTable history = DeltaTable.forPath(titles.sparkSession(), path);
    Dataset<Row> current =
        history
            .toDF()
            .filter(col(IS_CURRENT))
            .select(col(SHOW_ID), col(HASH).as("_current_hash"), col(VALID_FROM).as("_since"));
    Dataset<Row> changed =
        versions
            .join(current, SHOW_ID, "left")
            .filter(
                col("_current_hash")
                    .isNull()
                    .or(
                        col("_current_hash")
                            .notEqual(col(HASH))
                            .and(col(VALID_FROM).gt(col("_since")))));
    // Each changed title twice: keyed, to close its current version; unkeyed, to insert the new.
    Dataset<Row> staged =
        changed
            .withColumn(MERGE_KEY, col(SHOW_ID))
            .unionByName(
                changed.filter(col("_current_hash").isNotNull()).withColumn(MERGE_KEY, lit(null)));
    Map<String, String> insert = new LinkedHashMap<>();
    for (String c : versions.columns()) {
      insert.put("`" + c + "`", "s.`" + c + "`");
    }
    history
        .as("t")
        .merge(staged.as("s"), "t.show_id = s." + MERGE_KEY + " AND t.is_current")
        .whenMatched()
        .updateExpr(Map.of(IS_CURRENT, "false", VALID_TO, "s.valid_from"))
        .whenNotMatched()
        .insertExpr(insert)
        .execute();
  }

  /** A title's values but where it was read from, hashed: equal hashes, same version. */
  private static Column hash(String[] columns) {
    Column[] tracked =
        Arrays.stream(columns)
            .filter(c -> !c.equals(BronzeSpec.SOURCE_FILE) && !c.equals(BronzeSpec.INGESTED_AT))
            .map(c -> coalesce(col(c).cast("string"), lit("\u2400")))
            .toArray(Column[]::new);
    return sha2(concat_ws("\u001f", tracked), 256);
  }
}
