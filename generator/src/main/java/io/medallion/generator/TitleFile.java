package io.medallion.generator;

import io.medallion.domain.medallion.Feed;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The title file being written, counting its records, valid titles and failures as it goes. */
final class TitleFile implements Closeable {

  private final CsvFile csv;
  private final List<TitleRow> updates = new ArrayList<>();
  private final Map<String, Long> failures = new TreeMap<>();
  private long records;
  private long validTitles;
  private long duplicates;
  private long missingShowId;
  private long quarantined;

  private TitleFile(CsvFile csv) {
    this.csv = csv;
  }

  static TitleFile create(Path dir) throws IOException {
    Feed feed = Feed.TITLES;
    return new TitleFile(CsvFile.create(SampleCatalogue.file(dir, feed), feed.columns()));
  }

  /** Writes the records of one title and tells how lookup rows pointing at it fare. */
  Owner write(String showId, List<TitleRecord> title) throws IOException {
    for (TitleRecord record : title) {
      write(record);
    }
    boolean valid = title.stream().allMatch(TitleRecord::isValid);
    validTitles += valid ? 1 : 0;
    return new Owner(showId, title.stream().anyMatch(r -> r.showId().equals(showId)), valid);
  }

  /** Keeps a changed copy of a valid title for the end of the file, like a later update. */
  void writeLater(TitleRow update) {
    updates.add(update);
  }

  /** Writes the updates and counts the file; call it once, before closing. */
  TitleCounts finish() throws IOException {
    for (TitleRow update : updates) {
      write(TitleRecord.valid(update));
    }
    duplicates += updates.size();
    updates.clear();
    return new TitleCounts(
        records, validTitles, duplicates, missingShowId, quarantined, failures, 0);
  }

  private void write(TitleRecord record) throws IOException {
    csv.write(record.row().values());
    records++;
    missingShowId += record.showId().isBlank() ? 1 : 0;
    quarantined += record.isValid() ? 0 : 1;
    record.failures().forEach(name -> failures.merge(name, 1L, Long::sum));
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
