package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.year;

import io.medallion.domain.catalog.Bridge;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** What each gold table is built from: its input tables and the rows it is computed from. */
final class GoldRecipes {

  private final LakeLocations lake;
  private final DeltaTables delta;

  GoldRecipes(LakeLocations lake, DeltaTables delta) {
    this.lake = lake;
    this.delta = delta;
  }

  /** The tables a gold table is built from. */
  static List<TableName> inputTables(GoldTable table) {
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
  Map<String, Long> inputVersions(GoldTable table) {
    Map<String, Long> versions = new TreeMap<>();
    for (TableName input : inputTables(table)) {
      String path = lake.table(input);
      versions.put(input.toString(), delta.exists(path) ? delta.version(path) : -1L);
    }
    return versions;
  }

  /** The rows a gold table is built from; a bridge's orphans are dropped by its expectations. */
  Dataset<Row> candidates(GoldTable table) {
    if (table.bridge().isPresent()) {
      Bridge bridge = table.bridge().get();
      return silver(Feed.of(bridge)).select(col("show_id"), col(bridge.valueColumn()));
    }
    return switch (table) {
      case DIM_TITLE -> silver(Feed.TITLES);
      // A title without a date or a rating counts in the null group of its kind.
      case AGG_TITLES_BY_YEAR ->
          titlesBy(
              gold(GoldTable.DIM_TITLE).withColumn("year_added", year(col("date_added"))),
              "year_added");
      case AGG_TITLES_BY_RATING -> titlesBy(gold(GoldTable.DIM_TITLE), "rating");
      case AGG_TITLES_BY_COUNTRY -> titlesBy(withKind(GoldTable.BRIDGE_TITLE_COUNTRY), "country");
      case AGG_TITLES_BY_CATEGORY ->
          titlesBy(withKind(GoldTable.BRIDGE_TITLE_CATEGORY), "category");
      default -> throw new IllegalArgumentException("no recipe for gold table " + table);
    };
  }

  private Dataset<Row> withKind(GoldTable bridge) {
    return gold(bridge).join(gold(GoldTable.DIM_TITLE).select("show_id", "kind"), "show_id");
  }

  private static Dataset<Row> titlesBy(Dataset<Row> rows, String dimension) {
    return rows.groupBy(col(dimension), col("kind"))
        .agg(count_distinct(col("show_id")).as("titles"));
  }

  Dataset<Row> silver(Feed feed) {
    return delta.read(lake.table(TableName.of(Layer.SILVER, feed.table())));
  }

  Dataset<Row> gold(GoldTable table) {
    return delta.read(lake.table(table.table()));
  }
}
