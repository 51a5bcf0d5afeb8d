package io.medallion.testkit;

import io.medallion.application.port.in.LookupSource;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.SourceUnavailableException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves the bytes tests register per address; any other address is unavailable. */
public final class InMemorySourceFetcher implements SourceFetcher {

  private final Map<URI, byte[]> served = new ConcurrentHashMap<>();
  private final AtomicInteger fetches = new AtomicInteger();

  /** From now on, {@code uri} answers with {@code content}. */
  public InMemorySourceFetcher serve(URI uri, byte[] content) {
    served.put(uri, content.clone());
    return this;
  }

  @Override
  public byte[] fetch(LookupSource source) {
    fetches.incrementAndGet();
    byte[] content = served.get(source.uri());
    if (content == null) {
      throw new SourceUnavailableException(
          "source " + source.name() + " is not available at " + source.uri());
    }
    return content.clone();
  }

  /** How many fetches were asked for, answered or not. */
  public int fetches() {
    return fetches.get();
  }
}
