package io.medallion.domain.medallion;

import io.medallion.domain.catalog.Columns;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.Tolerance;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.Objects;

/**
 * Refine a bronze table into a silver one: check the expectations on the raw values, clean and type
 * the kept rows, keep one row per key (the latest ingested wins). Quarantined rows go to {@code
 * target.quarantine()}; past {@code quarantineLimit} the run stops before anything is written. The
 * bronze rows of the {@code conformed} layouts join the source's, as {@link CatalogueConform} maps
 * them.
 */
public record SilverSpec(
    Feed feed,
    TableName source,
    TableName target,
    List<String> key,
    List<Expectation> expectations,
    Tolerance quarantineLimit,
    List<Feed> conformed) {

  /** The name a breached quarantine limit is reported under. */
  public static final String QUARANTINE_LIMIT = "quarantine_limit";

  /** The column of a quarantined row that names the expectations it failed. */
  public static final String FAILED_RULES = "_failed_rules";

  /**
   * Every version of every title, a slowly changing dimension of type 2: the silver title's
   * columns, {@code valid_from}, {@code valid_to} and {@code is_current}.
   */
  public static final TableName TITLE_HISTORY = TableName.of(Layer.SILVER, "titles_history");

  public SilverSpec {
    if (source.layer() != Layer.BRONZE || target.layer() != Layer.SILVER) {
      throw new IllegalArgumentException("silver refines bronze: " + source + " -> " + target);
    }
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a silver table needs a key: " + target);
    }
    Objects.requireNonNull(quarantineLimit, "quarantineLimit");
    key = List.copyOf(key);
    expectations = List.copyOf(expectations);
    conformed = List.copyOf(conformed);
    if (conformed.stream().anyMatch(f -> f != Feed.CATALOGUE)) {
      throw new IllegalArgumentException("only the catalogue layout is conformed: " + conformed);
    }
  }

  /** A spec over its own bronze table only. */
  public SilverSpec(
      Feed feed,
      TableName source,
      TableName target,
      List<String> key,
      List<Expectation> expectations,
      Tolerance quarantineLimit) {
    this(feed, source, target, key, expectations, quarantineLimit, List.of());
  }

  /** The bronze tables this one reads: its source's, then the conformed layouts'. */
  public List<TableName> sources() {
    List<TableName> sources = new java.util.ArrayList<>(List.of(source));
    conformed.forEach(f -> sources.add(TableName.of(Layer.BRONZE, f.table())));
    return List.copyOf(sources);
  }

  /**
   * The silver table's columns, in order: for titles the dimension's columns but the rank, for a
   * bridge the show id and its value; then where each row came from.
   */
  public List<String> columns() {
    List<String> columns =
        new java.util.ArrayList<>(
            feed.bridge()
                .map(b -> List.of(Columns.SHOW_ID, b.valueColumn()))
                .orElseGet(() -> GoldTable.DIM_TITLE.columns()));
    columns.add(BronzeSpec.SOURCE_FILE);
    columns.add(BronzeSpec.INGESTED_AT);
    return List.copyOf(columns);
  }

  /** A spec that quarantines without limit. */
  public SilverSpec(
      Feed feed,
      TableName source,
      TableName target,
      List<String> key,
      List<Expectation> expectations) {
    this(feed, source, target, key, expectations, new Tolerance(Long.MAX_VALUE, 1.0));
  }
}
