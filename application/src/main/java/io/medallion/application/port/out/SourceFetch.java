package io.medallion.application.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a fetch: the whole content and the version it is, or none when the source said it
 * is unchanged since the version the request named (HTTP 304).
 */
public record SourceFetch(Optional<byte[]> content, SourceVersion version) {

  public SourceFetch {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(version, "version");
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
