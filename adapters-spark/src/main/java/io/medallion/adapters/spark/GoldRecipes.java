package io.medallion.adapters.spark;

import static io.medallion.domain.catalog.Columns.KIND;
import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static io.medallion.domain.catalog.Columns.TITLES;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.year;

import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldRecipe;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A gold spec's recipe executed on Spark, and the versions of its inputs. */
final class GoldRecipes {

  private final LakeLocations lake;
  private final DeltaTables delta;

  GoldRecipes(LakeLocations lake, DeltaTables delta) {
    this.lake = lake;
    this.delta = delta;
  }

  /** The tables a gold table is built from, at their current versions (-1: absent). */
  Map<String, Long> inputVersions(GoldSpec spec) {
    Map<String, Long> versions = new TreeMap<>();
    for (TableName input : spec.inputs()) {
      String path = lake.table(input);
      versions.put(input.toString(), delta.exists(path) ? delta.version(path) : -1L);
    }
    return versions;
  }

  /** The rows a gold table is built from; a bridge's orphans are dropped by its expectations. */
  Dataset<Row> candidates(GoldRecipe recipe) {
    if (recipe instanceof GoldRecipe.SilverRows silver) {
      return silver(silver.feed())
          .select(silver.columns().stream().map(c -> col(c)).toArray(Column[]::new));
    }
    GoldRecipe.TitlesPer per = (GoldRecipe.TitlesPer) recipe;
    if (per.overABridge()) {
      return titlesBy(withKind(per.over()), per.dimension());
    }
    Dataset<Row> titles = gold(GoldTable.DIM_TITLE);
    return titlesBy(
        per.yearOf()
            .map(date -> titles.withColumn(per.dimension(), year(col(date))))
            .orElse(titles),
        per.dimension());
  }

  private Dataset<Row> withKind(GoldTable bridge) {
    return gold(bridge).join(gold(GoldTable.DIM_TITLE).select(SHOW_ID, KIND), SHOW_ID);
  }

  private static Dataset<Row> titlesBy(Dataset<Row> rows, String dimension) {
    return rows.groupBy(col(dimension), col(KIND)).agg(count_distinct(col(SHOW_ID)).as(TITLES));
  }

  Dataset<Row> silver(Feed feed) {
    return delta.read(lake.table(TableName.of(Layer.SILVER, feed.table())));
  }

  Dataset<Row> gold(GoldTable table) {
    return delta.read(lake.table(table.table()));
  }
}
