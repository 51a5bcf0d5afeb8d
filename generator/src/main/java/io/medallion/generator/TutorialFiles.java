package io.medallion.generator;

import io.medallion.domain.catalog.Columns;
import io.medallion.domain.medallion.Feed;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The tutorial's five files being written: the titles and a lookup file per feed. */
final class TutorialFiles implements LayoutFiles {

  private final Path dir;
  private final TitleFile titles;
  private final Map<Feed, BridgeFile> lookups;

  private TutorialFiles(Path dir, TitleFile titles, Map<Feed, BridgeFile> lookups) {
    this.dir = dir;
    this.titles = titles;
    this.lookups = lookups;
  }

  static TutorialFiles create(Path dir) throws IOException {
    List<Closeable> opened = new ArrayList<>();
    try {
      TitleFile titles = TitleFile.create(dir);
      opened.add(titles);
      Map<Feed, BridgeFile> lookups = new EnumMap<>(Feed.class);
      for (Feed feed : Feed.lookups()) {
        BridgeFile lookup = BridgeFile.create(dir, feed);
        opened.add(lookup);
        lookups.put(feed, lookup);
      }
      return new TutorialFiles(dir, titles, lookups);
    } catch (IOException e) {
      closeAll(opened, e);
      throw e;
    }
  }

  @Override
  public Owner title(int index, TitleRow clean, List<TitleRecord> records) throws IOException {
    return titles.write(clean.value(Columns.SHOW_ID), records);
  }

  @Override
  public void later(TitleRow update) {
    titles.writeLater(update);
  }

  @Override
  public void name(Feed feed, Owner owner, String name) throws IOException {
    lookups.get(feed).write(owner, name);
  }

  @Override
  public void nameAgain(Feed feed, Owner owner, String name) throws IOException {
    lookups.get(feed).writeAgain(owner, name);
  }

  @Override
  public void orphan(Feed feed, String showId, String name) throws IOException {
    lookups.get(feed).write(Owner.orphan(showId), name);
  }

  @Override
  public GeneratedSample finish() throws IOException {
    TitleCounts counts = titles.finish();
    Map<Feed, Path> files = new EnumMap<>(Feed.class);
    Map<Feed, BridgeCounts> names = new EnumMap<>(Feed.class);
    for (Feed feed : Feed.values()) {
      files.put(feed, SampleCatalogue.file(dir, feed));
    }
    lookups.forEach((feed, lookup) -> names.put(feed, lookup.counts()));
    return new GeneratedSample(Layout.TUTORIAL, dir, files, counts, names);
  }

  @Override
  public void close() throws IOException {
    List<Closeable> files = new ArrayList<>(lookups.values());
    files.add(0, titles);
    IOException failure = closeAll(files, null);
    if (failure != null) {
      throw failure;
    }
  }

  /** Closes every file, adding each failure to {@code first} (or to the first failure). */
  private static IOException closeAll(List<Closeable> files, IOException first) {
    IOException failure = first;
    for (Closeable file : files) {
      try {
        file.close();
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    return failure;
  }
}
