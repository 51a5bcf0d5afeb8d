package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import io.medallion.domain.catalog.TitleCleaning;
import org.apache.spark.sql.Column;

/** {@link TitleCleaning}'s functions as native Spark expressions, with the same answers. */
final class CleaningColumns {

  private CleaningColumns() {}

  static Column trimmed(Column raw) {
    return regexp_replace(raw, TitleCleaning.TRIM_REGEX, "");
  }

  static Column rating(Column raw) {
    Column rating = upper(trimmed(raw));
    return when(rating.equalTo(TitleCleaning.FANTASY_VIOLENCE_RATING), lit("TV-Y7"))
        .when(rating.isin(TitleCleaning.KNOWN_RATINGS.toArray()), rating);
  }

  static Column shortTitle(Column title) {
    return trimmed(substring_index(title, ":", 1));
  }

  static Column wholeNumber(Column raw) {
    Column trimmed = trimmed(raw);
    return when(trimmed.rlike(TitleCleaning.WHOLE_NUMBER_REGEX), trimmed.cast("int"));
  }

  static Column dateAdded(Column raw) {
    // Spark 4.0 has no try_to_date; try_to_timestamp gives null, not an error, on a bad date.
    return try_to_timestamp(trimmed(raw), lit(TitleCleaning.DATE_ADDED_PATTERN)).cast("date");
  }
}
