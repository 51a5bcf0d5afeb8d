package io.medallion.generator;

import io.medallion.domain.catalog.Columns;
import java.util.Set;

/**
 * A record of the title file and the silver expectations it fails on purpose, named as in {@code
 * NetflixMedallion}; none for a valid record.
 */
record TitleRecord(TitleRow row, Set<String> failures) {

  static final String SHOW_ID_PRESENT = "show_id_present";
  static final String TYPE_KNOWN = "type_known";
  static final String MOVIE_MINUTES_NUMERIC = "movie_minutes_numeric";
  static final String SHOW_SEASONS_NUMERIC = "show_seasons_numeric";
  static final String RELEASE_YEAR_NUMERIC = "release_year_numeric";

  TitleRecord {
    failures = Set.copyOf(failures);
  }

  static TitleRecord valid(TitleRow row) {
    return new TitleRecord(row, Set.of());
  }

  boolean isValid() {
    return failures.isEmpty();
  }

  String showId() {
    return row.value(Columns.SHOW_ID);
  }
}
