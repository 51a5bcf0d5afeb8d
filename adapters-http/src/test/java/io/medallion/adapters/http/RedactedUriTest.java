package io.medallion.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactedUriTest {

  private static final URI SAS =
      URI.create(
          "https://acct.blob.core.windows.net:443/lookups/netflix_cast.csv?sv=2024&sig=SECRET");

  @Test
  void givenAddressWithQuery_of_showsSchemeHostPortAndPathOnly() {
    assertThat(RedactedUri.of(SAS))
        .isEqualTo("https://acct.blob.core.windows.net:443/lookups/netflix_cast.csv");
  }

  @Test
  void givenAddressWithUserInfo_of_dropsIt() {
    assertThat(RedactedUri.of(URI.create("http://me:pw@host/cast.csv")))
        .isEqualTo("http://host/cast.csv");
  }

  @Test
  void givenTextHoldingTheQueryAlone_scrub_masksIt() {
    assertThat(RedactedUri.scrub("bad token sv=2024&sig=SECRET", SAS))
        .isEqualTo("bad token ***")
        .doesNotContain("SECRET");
  }

  @Test
  void givenTextHoldingAnotherAddressWithAQuery_scrub_masksThatToo() {
    String text = "redirected to https://elsewhere.example/x.csv?sig=OTHER and http://u:p@h/y";

    assertThat(RedactedUri.scrub(text, SAS))
        .isEqualTo("redirected to https://elsewhere.example/x.csv and http://h/y");
  }

  @Test
  void givenTextHoldingTheWholeAddress_scrub_showsItRedacted() {
    assertThat(RedactedUri.scrub("failed: " + SAS, SAS))
        .isEqualTo("failed: https://acct.blob.core.windows.net:443/lookups/netflix_cast.csv");
  }

  private static final URI SLACK =
      URI.create("https://hooks.slack.com/services/T000/B000/XXXXSECRET?thread=1");

  @Test
  void givenWebhook_hostOf_showsSchemeHostAndPortOnly() {
    assertThat(RedactedUri.hostOf(SLACK)).isEqualTo("https://hooks.slack.com");
    assertThat(RedactedUri.hostOf(URI.create("http://u:p@127.0.0.1:8080/x")))
        .isEqualTo("http://127.0.0.1:8080");
  }

  @Test
  void givenTextHoldingTheWebhookOrItsPath_scrubBeyondHost_masksAllButTheHost() {
    String text = "POST " + SLACK + " failed; /services/T000/B000/XXXXSECRET refused thread=1";

    assertThat(RedactedUri.scrubBeyondHost(text, SLACK))
        .isEqualTo("POST https://hooks.slack.com failed; /*** refused ***")
        .doesNotContain("XXXXSECRET");
  }
}
