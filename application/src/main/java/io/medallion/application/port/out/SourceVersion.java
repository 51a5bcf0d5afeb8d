package io.medallion.application.port.out;

import java.util.Optional;

/**
 * What a source said about the version it sent: its HTTP validators ({@code ETag}, {@code
 * Last-Modified}), either possibly absent; {@link #none()} when nothing was fetched before.
 */
public record SourceVersion(Optional<String> etag, Optional<String> lastModified) {

  public SourceVersion {
    etag = etag.filter(v -> !v.isBlank());
    lastModified = lastModified.filter(v -> !v.isBlank());
  }

  public static SourceVersion none() {
    return new SourceVersion(Optional.empty(), Optional.empty());
  }

  /** Whether a conditional request can be made: the source gave a validator. */
  public boolean isKnown() {
    return etag.isPresent() || lastModified.isPresent();
  }
}
