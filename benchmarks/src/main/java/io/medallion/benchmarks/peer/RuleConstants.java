package io.medallion.benchmarks.peer;

import io.medallion.domain.catalog.Kind;
import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.medallion.NetflixMedallion;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The domain's constants the SQL scripts are filled with, so the two cannot drift apart. */
final class RuleConstants {

  private RuleConstants() {}

  static Map<String, String> values(String memoryLimit) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("memory_limit", SqlText.literal(memoryLimit));
    values.put("whole_number_regex", SqlText.literal(TitleCleaning.WHOLE_NUMBER_REGEX));
    values.put("rating_map", ratingMap());
    values.put("movie", SqlText.literal(Kind.MOVIE.label()));
    values.put("show", SqlText.literal(Kind.TV_SHOW.label()));
    values.put("movie_flag", Integer.toString(Kind.MOVIE.typeFlag()));
    values.put("show_flag", Integer.toString(Kind.TV_SHOW.typeFlag()));
    values.put("max_minutes", Long.toString(NetflixMedallion.MAX_MINUTES));
    values.put("max_seasons", Long.toString(NetflixMedallion.MAX_SEASONS));
    values.put("first_year", Long.toString(NetflixMedallion.FIRST_YEAR));
    values.put("last_year", Long.toString(NetflixMedallion.LAST_YEAR));
    values.put("limit_rows", Long.toString(NetflixMedallion.QUARANTINE_LIMIT.maxRows()));
    values.put("limit_share", Double.toString(NetflixMedallion.QUARANTINE_LIMIT.maxShare()));
    return values;
  }

  /** TitleCleaning.normaliseRating as a map literal: each known rating, and the one it folds. */
  private static String ratingMap() {
    Map<String, String> ratings = new LinkedHashMap<>();
    TitleCleaning.KNOWN_RATINGS.forEach(r -> ratings.put(r, r));
    ratings.put(
        TitleCleaning.FANTASY_VIOLENCE_RATING,
        TitleCleaning.normaliseRating(TitleCleaning.FANTASY_VIOLENCE_RATING));
    return ratings.entrySet().stream()
        .map(e -> SqlText.literal(e.getKey()) + ": " + SqlText.literal(e.getValue()))
        .collect(Collectors.joining(", ", "MAP {", "}"));
  }
}
