package io.medallion.generator;

import io.medallion.domain.medallion.Feed;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One lookup file being written, counting what its rows hold as it goes. */
final class BridgeFile implements Closeable {

  private final Feed feed;
  private final CsvFile csv;
  private long rows;
  private long orphans;
  private long withoutValidTitle;
  private long duplicates;
  private long emptyNames;
  private long paddedNames;

  private BridgeFile(Feed feed, CsvFile csv) {
    this.feed = feed;
    this.csv = csv;
  }

  static BridgeFile create(Path dir, Feed feed) throws IOException {
    return new BridgeFile(feed, CsvFile.create(SampleCatalogue.file(dir, feed), feed.columns()));
  }

  Feed feed() {
    return feed;
  }

  void write(Owner owner, String name) throws IOException {
    csv.write(List.of(name, owner.showId()));
    rows++;
    orphans += owner.listed() ? 0 : 1;
    withoutValidTitle += owner.valid() ? 0 : 1;
    emptyNames += name.isBlank() ? 1 : 0;
    paddedNames += !name.isBlank() && !name.equals(name.strip()) ? 1 : 0;
  }

  /** Writes a row that was written before. */
  void writeAgain(Owner owner, String name) throws IOException {
    write(owner, name);
    duplicates++;
  }

  BridgeCounts counts() {
    return new BridgeCounts(rows, orphans, withoutValidTitle, duplicates, emptyNames, paddedNames);
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
