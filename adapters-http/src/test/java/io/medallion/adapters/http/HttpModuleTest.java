package io.medallion.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.medallion.application.port.out.SourceFetcher;
import org.junit.jupiter.api.Test;

class HttpModuleTest {

  @Test
  void givenTheModule_sourceFetcher_isOneSharedHttpFetcher() {
    Injector injector = Guice.createInjector(new HttpModule(HttpSettings.defaults()));

    SourceFetcher fetcher = injector.getInstance(SourceFetcher.class);

    assertThat(fetcher).isInstanceOf(HttpSourceFetcher.class);
    assertThat(injector.getInstance(SourceFetcher.class)).isSameAs(fetcher);
  }
}
