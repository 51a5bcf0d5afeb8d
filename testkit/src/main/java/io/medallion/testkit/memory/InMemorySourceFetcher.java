package io.medallion.testkit.memory;

import io.medallion.application.port.out.SourceFetch;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.port.out.SourceVersion;
import io.medallion.application.run.LookupSource;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the bytes tests register per address, with an ETag made from the content (or without
 * validators, as a server that gives none); a request naming the current ETag is answered "not
 * modified". Any other address is unavailable.
 */
public final class InMemorySourceFetcher implements SourceFetcher {

  private record Served(byte[] content, boolean validators) {}

  private final Map<URI, Served> served = new ConcurrentHashMap<>();
  private final AtomicInteger fetches = new AtomicInteger();
  private final AtomicInteger notModified = new AtomicInteger();

  /** From now on, {@code uri} answers with {@code content} and its ETag. */
  public InMemorySourceFetcher serve(URI uri, byte[] content) {
    served.put(uri, new Served(content.clone(), true));
    return this;
  }

  /** From now on, {@code uri} answers with {@code content} and no validator. */
  public InMemorySourceFetcher serveWithoutValidators(URI uri, byte[] content) {
    served.put(uri, new Served(content.clone(), false));
    return this;
  }

  @Override
  public SourceFetch fetch(LookupSource source, SourceVersion known) {
    fetches.incrementAndGet();
    Served now = served.get(source.uri());
    if (now == null) {
      throw new SourceUnavailableException(
          "source " + source.name() + " is not available at " + source.uri());
    }
    if (!now.validators()) {
      return SourceFetch.of(now.content(), SourceVersion.none());
    }
    SourceVersion version = new SourceVersion(Optional.of(etag(now.content())), Optional.empty());
    if (known.etag().equals(version.etag())) {
      notModified.incrementAndGet();
      return SourceFetch.notModified(known);
    }
    return SourceFetch.of(now.content(), version);
  }

  @Override
  public Optional<String> probe(LookupSource source) {
    return served.containsKey(source.uri())
        ? Optional.empty()
        : Optional.of("source " + source.name() + ": not available at " + source.shownAddress());
  }

  /** How many fetches were asked for, answered or not. */
  public int fetches() {
    return fetches.get();
  }

  /** How many fetches were answered "not modified". */
  public int notModified() {
    return notModified.get();
  }

  private static String etag(byte[] content) {
    return "\"" + Integer.toHexString(Arrays.hashCode(content)) + "-" + content.length + "\"";
  }
}
