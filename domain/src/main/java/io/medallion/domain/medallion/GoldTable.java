package io.medallion.domain.medallion;

import static io.medallion.domain.catalog.Columns.CATEGORY;
import static io.medallion.domain.catalog.Columns.COUNTRY;
import static io.medallion.domain.catalog.Columns.DATE_ADDED;
import static io.medallion.domain.catalog.Columns.DESCRIPTION;
import static io.medallion.domain.catalog.Columns.DURATION_MINUTES;
import static io.medallion.domain.catalog.Columns.DURATION_SEASONS;
import static io.medallion.domain.catalog.Columns.KIND;
import static io.medallion.domain.catalog.Columns.RATING;
import static io.medallion.domain.catalog.Columns.RELEASE_YEAR;
import static io.medallion.domain.catalog.Columns.SHORT_TITLE;
import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static io.medallion.domain.catalog.Columns.TITLE;
import static io.medallion.domain.catalog.Columns.TITLES;
import static io.medallion.domain.catalog.Columns.TYPE_FLAG;
import static io.medallion.domain.catalog.Columns.YEAR_ADDED;

import io.medallion.domain.catalog.Bridge;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Optional;

/** The gold star schema and its aggregates; names and columns are a contract. */
public enum GoldTable {
  DIM_TITLE(
      "dim_title",
      List.of(SHOW_ID),
      List.of(
          SHOW_ID,
          KIND,
          TITLE,
          SHORT_TITLE,
          DATE_ADDED,
          RELEASE_YEAR,
          RATING,
          DURATION_MINUTES,
          DURATION_SEASONS,
          DESCRIPTION,
          TYPE_FLAG)),
  BRIDGE_TITLE_CAST("bridge_title_cast", Bridge.CAST),
  BRIDGE_TITLE_DIRECTOR("bridge_title_director", Bridge.DIRECTOR),
  BRIDGE_TITLE_COUNTRY("bridge_title_country", Bridge.COUNTRY),
  BRIDGE_TITLE_CATEGORY("bridge_title_category", Bridge.CATEGORY),
  AGG_TITLES_BY_YEAR("agg_titles_by_year", YEAR_ADDED),
  AGG_TITLES_BY_COUNTRY("agg_titles_by_country", COUNTRY),
  AGG_TITLES_BY_RATING("agg_titles_by_rating", RATING),
  AGG_TITLES_BY_CATEGORY("agg_titles_by_category", CATEGORY);

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
    this.key = List.of(SHOW_ID, bridge.valueColumn());
    this.columns = key;
    this.bridge = bridge;
  }

  GoldTable(String name, String dimension) {
    this.table = TableName.of(Layer.GOLD, name);
    this.key = List.of(dimension, KIND);
    this.columns = List.of(dimension, KIND, TITLES);
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
    return isAggregate() ? List.of(KIND) : key;
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
