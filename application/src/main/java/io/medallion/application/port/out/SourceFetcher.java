package io.medallion.application.port.out;

import io.medallion.application.run.LookupSource;
import java.util.Optional;

/**
 * Fetches a source file's bytes, whole, unless the source says it is unchanged since the version
 * {@code known} (a conditional request on its validators). Throws {@link
 * SourceUnavailableException} naming the source when it does not exist or cannot be fetched after
 * the adapter's retries.
 */
public interface SourceFetcher {
  SourceFetch fetch(LookupSource source, SourceVersion known);

  /**
   * Asks once, without retries and without keeping anything, whether {@code source} would answer a
   * fetch: empty when it would, else one line saying why not (naming the source, never a secret of
   * its address).
   */
  Optional<String> probe(LookupSource source);
}
