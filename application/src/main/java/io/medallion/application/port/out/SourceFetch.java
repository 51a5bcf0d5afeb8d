package io.medallion.application.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a fetch: the whole content and the version it is, or none when the source said it
 * is unchanged since the version the request named (HTTP 304); and how many times the fetcher
 * retried before that answer.
 */
public record SourceFetch(Optional<byte[]> content, SourceVersion version, int retries) {

  public SourceFetch {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(version, "version");
    if (retries < 0) {
      throw new IllegalArgumentException("retries must not be negative: " + retries);
    }
  }

  public SourceFetch(Optional<byte[]> content, SourceVersion version) {
    this(content, version, 0);
  }

  /** This answer, reached after {@code retries} retries. */
  public SourceFetch afterRetries(int retries) {
    return new SourceFetch(content, version, retries);
  }

  public static SourceFetch of(byte[] content, SourceVersion version) {
    return new SourceFetch(Optional.of(content.clone()), version);
  }

  /** The source is unchanged since {@code known}, which stays its version. */
  public static SourceFetch notModified(SourceVersion known) {
    return new SourceFetch(Optional.empty(), known);
  }

  public boolean modified() {
    return content.isPresent();
  }
}
