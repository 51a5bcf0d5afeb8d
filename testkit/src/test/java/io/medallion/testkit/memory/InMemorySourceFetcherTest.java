package io.medallion.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.SourceFetch;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.port.out.SourceVersion;
import io.medallion.application.run.LookupSource;
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

    assertThat(fetcher.fetch(CAST, SourceVersion.none()).content().orElseThrow())
        .containsExactly(1, 2);
    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void givenUnknownAddress_fetch_failsNamingTheSource() {
    assertThatThrownBy(() -> fetcher.fetch(CAST, SourceVersion.none()))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("netflix_cast");
    assertThat(fetcher.fetches()).isEqualTo(1);
  }

  @Test
  void givenServedBytesChangedByTheCaller_fetch_returnsTheOriginal() {
    byte[] content = {1};
    fetcher.serve(CAST.uri(), content);
    content[0] = 9;

    assertThat(fetcher.fetch(CAST, SourceVersion.none()).content().orElseThrow())
        .containsExactly(1);
  }

  @Test
  void givenTheCurrentETag_fetch_answersNotModified_andAnotherContentAnswersAgain() {
    fetcher.serve(CAST.uri(), new byte[] {1});
    SourceFetch first = fetcher.fetch(CAST, SourceVersion.none());

    SourceFetch again = fetcher.fetch(CAST, first.version());
    fetcher.serve(CAST.uri(), new byte[] {2});
    SourceFetch changed = fetcher.fetch(CAST, first.version());

    assertThat(first.version().etag()).isPresent();
    assertThat(again.modified()).isFalse();
    assertThat(changed.content()).hasValueSatisfying(c -> assertThat(c).containsExactly(2));
    assertThat(fetcher.notModified()).isEqualTo(1);
  }
}
