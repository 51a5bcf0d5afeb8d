package io.medallion.application.run;

import io.medallion.domain.medallion.Feed;
import java.net.URI;
import java.util.Objects;

/**
 * Where a lookup feed is fetched from. The address may carry a secret (a SAS token in its query, a
 * password in its user info): messages and {@link #toString} show {@link #shownAddress} only.
 */
public record LookupSource(Feed feed, URI uri) {

  public LookupSource {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(uri, "uri");
    if (feed.bridge().isEmpty()) {
      throw new IllegalArgumentException(feed + " is not a lookup feed");
    }
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException(
          "the source address of " + feed.fileStem() + " must be absolute");
    }
  }

  /** The address without its user info and query: what a message or a log may show. */
  public String shownAddress() {
    String host = uri.getHost() == null ? "" : uri.getHost();
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?...";
    return uri.getScheme() + "://" + host + port + path + query;
  }

  @Override
  public String toString() {
    return "LookupSource[" + feed.fileStem() + " from " + shownAddress() + "]";
  }

  /** The name used in messages: the feed's file stem. */
  public String name() {
    return feed.fileStem();
  }
}
