package io.medallion.testkit.memory;

import io.medallion.domain.catalog.Bridge;
import io.medallion.domain.catalog.CatalogueCleaning;
import io.medallion.domain.catalog.Kind;
import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import java.util.LinkedHashMap;
import java.util.Map;

/** A kept bronze row cleaned and typed into its silver shape, with the same functions as Spark. */
final class SilverRows {

  private SilverRows() {}

  static Map<String, Object> cleaned(Feed feed, Map<String, Object> bronze) {
    return feed.bridge().map(b -> bridge(feed, b, bronze)).orElseGet(() -> title(bronze));
  }

  private static Map<String, Object> bridge(Feed feed, Bridge bridge, Map<String, Object> bronze) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("show_id", bronze.get("show_id"));
    row.put(bridge.valueColumn(), bronze.get(feed.nameColumn().orElseThrow()));
    return withOrigin(row, bronze);
  }

  private static Map<String, Object> title(Map<String, Object> bronze) {
    String type = text(bronze, "type");
    // As in Spark: anything that is not a movie is a show (the type rule keeps only the two).
    boolean movie = Kind.MOVIE.label().equals(type);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("show_id", bronze.get("show_id"));
    row.put("kind", type);
    row.put("title", TitleCleaning.trim(text(bronze, "title")));
    row.put("short_title", TitleCleaning.shortTitle(text(bronze, "title")));
    // Conformed catalogue titles write their dates as "September 25, 2021" or "25-Sep-21".
    row.put("date_added", CatalogueCleaning.dateAdded(text(bronze, "date_added")));
    row.put("release_year", TitleCleaning.wholeNumber(text(bronze, "release_year")));
    row.put("rating", TitleCleaning.normaliseRating(text(bronze, "rating")));
    row.put(
        "duration_minutes",
        movie ? TitleCleaning.wholeNumber(text(bronze, "duration_minutes")) : null);
    row.put(
        "duration_seasons",
        movie ? null : TitleCleaning.wholeNumber(text(bronze, "duration_seasons")));
    row.put("description", bronze.get("description"));
    row.put("type_flag", movie ? Kind.MOVIE.typeFlag() : Kind.TV_SHOW.typeFlag());
    return withOrigin(row, bronze);
  }

  private static Map<String, Object> withOrigin(
      Map<String, Object> row, Map<String, Object> bronze) {
    row.put(BronzeSpec.SOURCE_FILE, bronze.get(BronzeSpec.SOURCE_FILE));
    row.put(BronzeSpec.INGESTED_AT, bronze.get(BronzeSpec.INGESTED_AT));
    return row;
  }

  private static String text(Map<String, Object> row, String column) {
    Object value = row.get(column);
    return value == null ? null : value.toString();
  }
}
