package io.medallion.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.in.LookupSource;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.domain.medallion.Feed;
import java.net.URI;
import org.junit.jupiter.api.Test;

class InMemorySourceFetcherTest {

  private static final LookupSource CAST =
      new LookupSource(Feed.CAST, URI.create("https://example.test/netflix_cast.csv"));

  private final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();

  @Test
  void givenServedAddress_fetch_returnsItsBytes() {
    fetcher.serve(CAST.uri(), new byte[] {1, 2});

    assertThat(fetcher.fetch(CAST)).containsExactly(1, 2);
    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void givenUnknownAddress_fetch_failsNamingTheSource() {
    assertThatThrownBy(() -> fetcher.fetch(CAST))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("netflix_cast");
    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void givenServedBytesChangedByTheCaller_fetch_returnsTheOriginal() {
    byte[] content = {1};
    fetcher.serve(CAST.uri(), content);
    content[0] = 9;

    assertThat(fetcher.fetch(CAST)).containsExactly(1);
  }
}
