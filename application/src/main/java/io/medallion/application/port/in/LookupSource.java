package io.medallion.application.port.in;

import io.medallion.domain.medallion.Feed;
import java.net.URI;
import java.util.Objects;

/** Where a lookup feed is fetched from. */
public record LookupSource(Feed feed, URI uri) {

  public LookupSource {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(uri, "uri");
    if (feed.bridge().isEmpty()) {
      throw new IllegalArgumentException(feed + " is not a lookup feed");
    }
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException("a source address must be absolute: " + uri);
    }
  }

  /** The name used in messages: the feed's file stem. */
  public String name() {
    return feed.fileStem();
  }
}
