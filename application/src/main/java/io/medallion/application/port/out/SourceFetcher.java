package io.medallion.application.port.out;

import io.medallion.application.port.in.LookupSource;

/**
 * Fetches a source file's bytes, whole. Throws {@link SourceUnavailableException} naming the source
 * when it does not exist or cannot be fetched after the adapter's retries.
 */
public interface SourceFetcher {
  byte[] fetch(LookupSource source);
}
