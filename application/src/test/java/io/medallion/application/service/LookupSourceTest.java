package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.run.LookupSource;
import io.medallion.domain.medallion.Feed;
import java.net.URI;
import org.junit.jupiter.api.Test;

class LookupSourceTest {

  private static final URI ADDRESS = URI.create("https://example.test/netflix_cast.csv");

  @Test
  void givenLookupFeedAndAbsoluteAddress_name_isTheFileStem() {
    assertThat(new LookupSource(Feed.CAST, ADDRESS).name()).isEqualTo("netflix_cast");
  }

  @Test
  void givenTitlesFeed_construct_isRefused() {
    assertThatThrownBy(() -> new LookupSource(Feed.TITLES, ADDRESS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TITLES");
  }

  @Test
  void givenRelativeAddress_construct_isRefused() {
    assertThatThrownBy(() -> new LookupSource(Feed.CAST, URI.create("netflix_cast.csv")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute");
  }

  @Test
  void givenAddressWithSasAndPassword_toStringAndErrors_showNeither() {
    LookupSource signed =
        new LookupSource(
            Feed.CAST,
            URI.create(
                "https://reader:pa55word@lake.blob.example:8443/src/netflix_cast.csv?sv=1&sig=s3cret"));

    assertThat(signed.shownAddress())
        .isEqualTo("https://lake.blob.example:8443/src/netflix_cast.csv?...");
    assertThat(signed.toString()).doesNotContain("s3cret", "pa55word").contains("netflix_cast");
    assertThatThrownBy(() -> new LookupSource(Feed.CAST, URI.create("netflix_cast.csv?sig=s3cret")))
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void givenNothing_construct_isRefused() {
    assertThatThrownBy(() -> new LookupSource(null, ADDRESS))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new LookupSource(Feed.CAST, null))
        .isInstanceOf(NullPointerException.class);
  }
}
