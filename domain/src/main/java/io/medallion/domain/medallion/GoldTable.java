package io.medallion.domain.medallion;

import io.medallion.domain.catalog.Bridge;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Optional;

/** The gold star schema and its aggregates; names and columns are a contract. */
public enum GoldTable {
  DIM_TITLE(
      "dim_title",
      List.of("show_id"),
      List.of(
          "show_id",
          "kind",
          "title",
          "short_title",
          "date_added",
          "release_year",
          "rating",
          "duration_minutes",
          "duration_seasons",
          "description",
          "type_flag")),
  BRIDGE_TITLE_CAST("bridge_title_cast", Bridge.CAST),
  BRIDGE_TITLE_DIRECTOR("bridge_title_director", Bridge.DIRECTOR),
  BRIDGE_TITLE_COUNTRY("bridge_title_country", Bridge.COUNTRY),
  BRIDGE_TITLE_CATEGORY("bridge_title_category", Bridge.CATEGORY),
  AGG_TITLES_BY_YEAR("agg_titles_by_year", "year_added"),
  AGG_TITLES_BY_COUNTRY("agg_titles_by_country", "country"),
  AGG_TITLES_BY_RATING("agg_titles_by_rating", "rating"),
  AGG_TITLES_BY_CATEGORY("agg_titles_by_category", "category");

  private final TableName table;
  private final List<String> key;
  private final List<String> columns;
  private final Bridge bridge;

  GoldTable(String name, List<String> key, List<String> columns) {
    this.table = TableName.of(Layer.GOLD, name);
    this.key = key;
    this.columns = columns;
    this.bridge = null;
  }

  GoldTable(String name, Bridge bridge) {
    this.table = TableName.of(Layer.GOLD, name);
    this.key = List.of("show_id", bridge.valueColumn());
    this.columns = key;
    this.bridge = bridge;
  }

  GoldTable(String name, String dimension) {
    this.table = TableName.of(Layer.GOLD, name);
    this.key = List.of(dimension, "kind");
    this.columns = List.of(dimension, "kind", "titles");
    this.bridge = null;
  }

  public TableName table() {
    return table;
  }

  /** The columns that identify a row. */
  public List<String> key() {
    return key;
  }

  /**
   * The key columns that are never null: the whole key, but for an aggregate's dimension, where the
   * titles without a date or a rating are counted in a group of their own (so that per kind an
   * aggregate's titles sum to the dimension's rows).
   */
  public List<String> notNullKey() {
    return isAggregate() ? List.of("kind") : key;
  }

  public List<String> columns() {
    return columns;
  }

  /** The bridge a bridge table publishes; empty for the others. */
  public Optional<Bridge> bridge() {
    return Optional.ofNullable(bridge);
  }

  /** True for the aggregates, whose rows are groups, not copies of silver rows. */
  public boolean isAggregate() {
    return name().startsWith("AGG_");
  }
}
