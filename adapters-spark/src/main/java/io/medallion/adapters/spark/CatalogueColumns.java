package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.when;

import io.medallion.domain.catalog.CatalogueCleaning;
import org.apache.spark.sql.Column;

/** {@link CatalogueCleaning}'s functions as native Spark expressions, with the same answers. */
final class CatalogueColumns {

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
    return coalesce(
            CatalogueCleaning.DATE_ADDED_PATTERNS.stream()
                .map(p -> try_to_timestamp(trimmed, lit(p)))
                .toArray(Column[]::new))
        .cast("date");
  }

  private static Column count(Column duration, String regex) {
    return when(duration.rlike(regex), regexp_extract(duration, regex, 1).cast("int"));
  }
}
