package io.medallion.bootstrap.sample;

import io.medallion.domain.medallion.Feed;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The five files a {@link SampleCatalogue} wrote, one per feed, and what they hold: the truth a run
 * over them is checked against.
 */
public record GeneratedSample(
    Path dir, Map<Feed, Path> files, TitleCounts titles, Map<Feed, BridgeCounts> lookups) {

  public GeneratedSample {
    files = Collections.unmodifiableMap(new EnumMap<>(files));
    lookups = Collections.unmodifiableMap(new EnumMap<>(lookups));
  }

  public Path file(Feed feed) {
    return files.get(feed);
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
