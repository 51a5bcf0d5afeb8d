package io.medallion.testkit;

import io.medallion.domain.catalog.Kind;
import io.medallion.domain.medallion.Feed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a titles file in the tutorial's layout, e.g. {@code TitleFiles.titles().movie("1", "Film:
 * Part", 90).with("rating", "R").withBom().bytes()}. A movie or show is added on 1/1/2020, released
 * in 2020, rated PG (TV-14 for a show), described as "About " and its title; {@link #with} changes
 * any field of the last title.
 */
public final class TitleFiles {

  private final CsvText csv = new CsvText(Feed.TITLES.columns());

  private TitleFiles() {}

  public static TitleFiles titles() {
    return new TitleFiles();
  }

  public TitleFiles movie(String showId, String title, int minutes) {
    return title(showId, Kind.MOVIE, title, "PG").with("duration_minutes", String.valueOf(minutes));
  }

  public TitleFiles show(String showId, String title, int seasons) {
    return title(showId, Kind.TV_SHOW, title, "TV-14")
        .with("duration_seasons", String.valueOf(seasons));
  }

  /** Sets a column of the last title added; null leaves the field empty. */
  public TitleFiles with(String column, String value) {
    csv.set(column, value);
    return this;
  }

  /** Adds a record of exactly these fields, in file order, however many there are. */
  public TitleFiles record(String... fields) {
    csv.fields(Arrays.asList(fields));
    return this;
  }

  /** Adds a line of text as it is, e.g. one with a broken quote. */
  public TitleFiles line(String raw) {
    csv.raw(raw);
    return this;
  }

  /** Starts the file with a UTF-8 byte-order mark, as Excel writes it. */
  public TitleFiles withBom() {
    csv.withByteOrderMark();
    return this;
  }

  public String text() {
    return csv.text();
  }

  public byte[] bytes() {
    return csv.bytes();
  }

  private TitleFiles title(String showId, Kind kind, String title, String rating) {
    Map<String, String> record = new LinkedHashMap<>();
    record.put("show_id", showId);
    record.put("type", kind.label());
    record.put("title", title);
    record.put("date_added", "1/1/2020");
    record.put("release_year", "2020");
    record.put("rating", rating);
    record.put("description", "About " + title);
    csv.add(record);
    return this;
  }
}
