package io.medallion.generator;

import io.medallion.domain.medallion.Feed;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The files a {@link SampleCatalogue} wrote in one layout, by the feed each holds (the catalogue's
 * one file under {@link Feed#TITLES}), and what they hold: the truth a run over them is checked
 * against. In the catalogue layout a lookup's counts are those of its column's names.
 */
public record GeneratedSample(
    Layout layout,
    Path dir,
    Map<Feed, Path> files,
    TitleCounts titles,
    Map<Feed, BridgeCounts> lookups) {

  public GeneratedSample {
    files = Collections.unmodifiableMap(new EnumMap<>(files));
    lookups = Collections.unmodifiableMap(new EnumMap<>(lookups));
  }

  /** The file of {@code feed}; throws when the layout has none, as for the catalogue's lookups. */
  public Path file(Feed feed) {
    Path file = files.get(feed);
    if (file == null) {
      throw new IllegalArgumentException("the " + layout + " layout has no file for " + feed);
    }
    return file;
  }

  /** The counts of a lookup file; throws for {@link Feed#TITLES}, see {@link #titles()}. */
  public BridgeCounts lookup(Feed feed) {
    BridgeCounts counts = lookups.get(feed);
    if (counts == null) {
      throw new IllegalArgumentException("not a lookup file: " + feed);
    }
    return counts;
  }
}
