package io.medallion.adapters.spark;

import static io.medallion.domain.catalog.Columns.DURATION;
import static io.medallion.domain.catalog.Columns.DURATION_MINUTES;
import static io.medallion.domain.catalog.Columns.DURATION_SEASONS;
import static io.medallion.domain.catalog.Columns.RATING;
import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.when;

import io.medallion.domain.catalog.CatalogueCleaning;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.CatalogueConform;
import io.medallion.domain.medallion.Feed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@link CatalogueCleaning}'s functions and {@link CatalogueConform}'s mapping as native Spark
 * expressions, with the same answers.
 */
final class CatalogueColumns {

  /** The bronze columns a conformed row keeps: where it came from and how it was read. */
  private static final List<String> METADATA =
      List.of(
          BronzeSpec.CORRUPT_RECORD,
          BronzeSpec.RESCUED_DATA,
          BronzeSpec.SOURCE_FILE,
          BronzeSpec.INGESTED_AT,
          BronzeSpec.RUN_ID,
          BronzeLoad.RECORD_INDEX);

  private CatalogueColumns() {}

  /** The names of a multi-valued field: trimmed, blanks dropped, first occurrence kept. */
  static Column names(Column multiValued) {
    Column names =
        filter(
            transform(
                split(multiValued, CatalogueCleaning.NAME_SEPARATOR), CleaningColumns::trimmed),
            name -> name.notEqual(lit("")));
    return coalesce(array_distinct(names), array().cast("array<string>"));
  }

  static Column minutes(Column duration) {
    return count(duration, CatalogueCleaning.MINUTES_REGEX);
  }

  static Column seasons(Column duration) {
    return count(duration, CatalogueCleaning.SEASONS_REGEX);
  }

  /** The date in the first of the catalogue's patterns that reads it, or null. */
  static Column dateAdded(Column raw) {
    Column trimmed = CleaningColumns.trimmed(raw);
    Column date =
        coalesce(
                CatalogueCleaning.DATE_ADDED_PATTERNS.stream()
                    .map(p -> try_to_timestamp(trimmed, lit(p)))
                    .toArray(Column[]::new))
            .cast("date");
    // as the reference: a signed year such as +12345 is no catalogue's
    return when(not(raw.contains("+")), date);
  }

  /**
   * Catalogue records as tutorial titles, as {@link CatalogueConform#title} maps them: the duration
   * split by unit, a duration in the rating cell moved back, the bronze metadata kept.
   */
  static Dataset<Row> asTitles(Dataset<Row> catalogue) {
    Column rating = col(RATING);
    Column duration = col(DURATION);
    Column durationEmpty = duration.isNull().or(CleaningColumns.trimmed(duration).equalTo(""));
    Column moved =
        when(
            durationEmpty.and(minutes(rating).isNotNull().or(seasons(rating).isNotNull())),
            CleaningColumns.trimmed(rating));
    Column kept = coalesce(moved, duration);
    Column minutes = minutes(kept);
    Column seasons = seasons(kept);
    Column neither = minutes.isNull().and(seasons.isNull());
    Map<String, Column> conformed = new LinkedHashMap<>();
    Feed.TITLES.columns().forEach(c -> conformed.put(c, col(c)));
    conformed.put(RATING, when(moved.isNull(), rating));
    conformed.put(
        DURATION_MINUTES, when(minutes.isNotNull(), minutes.cast("string")).when(neither, kept));
    conformed.put(
        DURATION_SEASONS, when(seasons.isNotNull(), seasons.cast("string")).when(neither, kept));
    conformed.put(CatalogueConform.DURATION_FROM_RATING, moved);
    List<Column> columns = new ArrayList<>();
    conformed.forEach((name, value) -> columns.add(value.as(name)));
    METADATA.forEach(c -> columns.add(col(c)));
    return catalogue.select(columns.toArray(Column[]::new));
  }

  /**
   * Catalogue records as rows of the lookup feed's bridge: one per name of its column, as {@link
   * CatalogueConform#names} splits them, the bronze metadata kept.
   */
  static Dataset<Row> asBridge(Feed feed, Dataset<Row> catalogue) {
    String name = feed.nameColumn().orElseThrow();
    List<Column> columns = new ArrayList<>();
    columns.add(col(SHOW_ID));
    columns.add(explode(names(col(name))).as(name));
    METADATA.forEach(c -> columns.add(col(c)));
    return catalogue.select(columns.toArray(Column[]::new));
  }

  private static Column count(Column duration, String regex) {
    return when(duration.rlike(regex), regexp_extract(duration, regex, 1).cast("int"));
  }
}
