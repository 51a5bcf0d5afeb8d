package io.medallion.testkit;

import io.medallion.domain.catalog.Kind;
import io.medallion.domain.medallion.Feed;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a file in the public catalogue's layout, e.g. {@code
 * CatalogueFiles.catalogue().movie("s1", "Film", "90 min").with("cast", "Ada, Bob").bytes()}. A
 * movie or show is added on "September 25, 2021", released in 2021, rated PG-13 (TV-MA for a show),
 * with no director, cast, country or category, described as "About " and its title; {@link #with}
 * changes any field of the last title.
 */
public final class CatalogueFiles {

  private final CsvText csv = new CsvText(Feed.CATALOGUE.columns());

  private CatalogueFiles() {}

  public static CatalogueFiles catalogue() {
    return new CatalogueFiles();
  }

  /** Adds a movie of {@code duration} as the catalogue writes it: {@code "90 min"}. */
  public CatalogueFiles movie(String showId, String title, String duration) {
    return title(showId, Kind.MOVIE, title, "PG-13").with("duration", duration);
  }

  /** Adds a show of {@code duration} as the catalogue writes it: {@code "2 Seasons"}. */
  public CatalogueFiles show(String showId, String title, String duration) {
    return title(showId, Kind.TV_SHOW, title, "TV-MA").with("duration", duration);
  }

  /** Adds a record of the layout's columns as given; a column left out is empty. */
  public CatalogueFiles record(Map<String, String> record) {
    csv.add(record);
    return this;
  }

  /** Sets a column of the last title added; null leaves the field empty. */
  public CatalogueFiles with(String column, String value) {
    csv.set(column, value);
    return this;
  }

  public String text() {
    return csv.text();
  }

  public byte[] bytes() {
    return csv.bytes();
  }

  private CatalogueFiles title(String showId, Kind kind, String title, String rating) {
    Map<String, String> record = new LinkedHashMap<>();
    record.put("show_id", showId);
    record.put("type", kind.label());
    record.put("title", title);
    record.put("date_added", "September 25, 2021");
    record.put("release_year", "2021");
    record.put("rating", rating);
    record.put("description", "About " + title);
    csv.add(record);
    return this;
  }
}
