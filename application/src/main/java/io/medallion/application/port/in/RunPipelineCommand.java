package io.medallion.application.port.in;

import io.medallion.domain.medallion.Feed;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Run the pipeline with these lookup sources: each of the four lookup feeds exactly once, or none
 * when the titles come in the catalogue layout, whose file holds the names itself.
 */
public record RunPipelineCommand(List<LookupSource> lookups) {

  public RunPipelineCommand {
    lookups = List.copyOf(lookups);
    Set<Feed> feeds = lookups.stream().map(LookupSource::feed).collect(Collectors.toSet());
    if (feeds.size() != lookups.size()) {
      throw new IllegalArgumentException("each lookup feed may be given once: " + lookups);
    }
    Set<Feed> missing = EnumSet.copyOf(Feed.lookups());
    missing.removeAll(feeds);
    if (!lookups.isEmpty() && !missing.isEmpty()) {
      throw new IllegalArgumentException("no source given for " + missing);
    }
  }
}
