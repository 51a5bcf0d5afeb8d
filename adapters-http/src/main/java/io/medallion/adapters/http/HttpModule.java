package io.medallion.adapters.http;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.medallion.application.port.out.SourceFetcher;
import java.util.Objects;

/** Binds {@link SourceFetcher} to one shared HTTP fetcher with retries. */
public final class HttpModule extends AbstractModule {

  private final HttpSettings settings;

  public HttpModule(HttpSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Provides
  @Singleton
  SourceFetcher sourceFetcher() {
    return new HttpSourceFetcher(settings);
  }
}
