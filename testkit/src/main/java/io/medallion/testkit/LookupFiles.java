package io.medallion.testkit;

import io.medallion.domain.medallion.Feed;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a lookup file in the tutorial's layout (name, then show id), e.g. {@code
 * LookupFiles.of(Feed.CAST).pair("Ada Lovelace", "s1").bytes()}.
 */
public final class LookupFiles {

  private final Feed feed;
  private final CsvText csv;

  private LookupFiles(Feed feed) {
    this.feed = feed;
    this.csv = new CsvText(feed.columns());
  }

  /** An empty file of a lookup feed; the titles feed is refused. */
  public static LookupFiles of(Feed feed) {
    if (feed.bridge().isEmpty()) {
      throw new IllegalArgumentException(feed + " is not a lookup feed");
    }
    return new LookupFiles(feed);
  }

  /** Adds a record linking {@code name} (null leaves it empty) to {@code showId}. */
  public LookupFiles pair(String name, String showId) {
    Map<String, String> record = new LinkedHashMap<>();
    record.put(feed.nameColumn().orElseThrow(), name);
    record.put("show_id", showId);
    csv.add(record);
    return this;
  }

  /** Adds a record of exactly these fields, in file order, however many there are. */
  public LookupFiles record(String... fields) {
    csv.fields(Arrays.asList(fields));
    return this;
  }

  /** Adds a line of text as it is. */
  public LookupFiles line(String raw) {
    csv.raw(raw);
    return this;
  }

  /** Starts the file with a UTF-8 byte-order mark. */
  public LookupFiles withBom() {
    csv.withByteOrderMark();
    return this;
  }

  public String text() {
    return csv.text();
  }

  public byte[] bytes() {
    return csv.bytes();
  }
}
