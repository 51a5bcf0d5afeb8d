package io.medallion.adapters.http;

import static io.medallion.adapters.http.ScriptedServer.after;
import static io.medallion.adapters.http.ScriptedServer.answering;
import static io.medallion.adapters.http.ScriptedServer.cutShort;
import static io.medallion.adapters.http.ScriptedServer.ok;
import static io.medallion.adapters.http.ScriptedServer.stall;
import static io.medallion.adapters.http.ScriptedServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.in.LookupSource;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.domain.medallion.Feed;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpSourceFetcherTest {

  private static final byte[] CAST =
      "cast,show_id\nAda Lovelace,s1\n".getBytes(StandardCharsets.UTF_8);

  private final HttpSourceFetcher fetcher = fetcherWith(Duration.ofSeconds(5));

  @Test
  void givenAvailableSource_fetch_returnsItsBytes() throws Exception {
    try (ScriptedServer server = answering(ok(CAST))) {
      assertThat(fetcher.fetch(castAt(server.uri("/netflix_cast.csv")))).isEqualTo(CAST);
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {404, 410})
  void givenMissingSource_fetch_failsNamingItWithoutRetrying(int code) throws Exception {
    try (ScriptedServer server = answering(status(code))) {
      URI uri = server.uri("/files/netflix_cast.csv");

      assertThatThrownBy(() -> fetcher.fetch(castAt(uri)))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining(uri.toString())
          .hasMessageContaining("HTTP " + code);
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void givenServiceUnavailableTwice_fetch_succeedsOnTheThirdAttempt() throws Exception {
    try (ScriptedServer server = answering(status(503), status(503), ok(CAST))) {
      assertThat(fetcher.fetch(castAt(server.uri("/netflix_cast.csv")))).isEqualTo(CAST);
      assertThat(server.requests()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void givenTransientStatusOnce_fetch_retriesAndSucceeds(int code) throws Exception {
    try (ScriptedServer server = answering(status(code), ok(CAST))) {
      assertThat(fetcher.fetch(castAt(server.uri("/netflix_cast.csv")))).isEqualTo(CAST);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void givenPersistentServerError_fetch_failsAfterMaxAttempts() throws Exception {
    try (ScriptedServer server = answering(status(500))) {
      assertThatThrownBy(() -> fetcher.fetch(castAt(server.uri("/netflix_cast.csv"))))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining("after 3 attempts")
          .hasMessageContaining("HTTP 500");
      assertThat(server.requests()).isEqualTo(3);
    }
  }

  @Test
  void givenForbidden_fetch_failsAtOnce() throws Exception {
    try (ScriptedServer server = answering(status(403), ok(CAST))) {
      assertThatThrownBy(() -> fetcher.fetch(castAt(server.uri("/netflix_cast.csv"))))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining("HTTP 403");
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void givenClosedPort_fetch_failsNamingTheSourceAndTheRefusal() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + closedPort + "/netflix_cast.csv");

    assertThatThrownBy(() -> fetcher.fetch(castAt(uri)))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("netflix_cast")
        .hasMessageContaining(uri.toString())
        .hasMessageContaining("after 3 attempts")
        .hasMessageContaining("ConnectException");
  }

  @Test
  void givenBodyCutShortOnce_fetch_detectsItAndRetries() throws Exception {
    try (ScriptedServer server = answering(cutShort(CAST, 10), ok(CAST))) {
      assertThat(fetcher.fetch(castAt(server.uri("/netflix_cast.csv")))).isEqualTo(CAST);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void givenBodyAlwaysCutShort_fetch_fails() throws Exception {
    try (ScriptedServer server = answering(cutShort(CAST, 10))) {
      assertThatThrownBy(() -> fetcher.fetch(castAt(server.uri("/netflix_cast.csv"))))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining("after 3 attempts");
      assertThat(server.requests()).isEqualTo(3);
    }
  }

  @Test
  void givenAnswerSlowerThanTheRequestTimeout_fetch_retries() throws Exception {
    HttpSourceFetcher impatient = fetcherWith(Duration.ofMillis(200));
    try (ScriptedServer server = answering(after(Duration.ofSeconds(2), ok(CAST)), ok(CAST))) {
      assertThat(impatient.fetch(castAt(server.uri("/netflix_cast.csv")))).isEqualTo(CAST);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void givenBodyThatStalls_fetch_timesOutAndRetries() throws Exception {
    HttpSourceFetcher impatient = fetcherWith(Duration.ofMillis(200));
    try (ScriptedServer server = answering(stall(CAST, 10), ok(CAST))) {
      assertThat(impatient.fetch(castAt(server.uri("/netflix_cast.csv")))).isEqualTo(CAST);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void givenSasTokenInTheQuery_failure_neverShowsIt() throws Exception {
    try (ScriptedServer server = answering(status(404))) {
      URI uri = server.uri("/netflix_cast.csv?sv=2024&sig=TOPSECRET");

      assertThatThrownBy(() -> fetcher.fetch(castAt(uri)))
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining("/netflix_cast.csv")
          .hasMessageNotContaining("sig=")
          .hasMessageNotContaining("TOPSECRET");
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  private static HttpSourceFetcher fetcherWith(Duration requestTimeout) {
    return new HttpSourceFetcher(
        new HttpSettings(
            Duration.ofSeconds(2), requestTimeout, 3, Duration.ofMillis(1), Duration.ofMillis(5)));
  }

  private static LookupSource castAt(URI uri) {
    return new LookupSource(Feed.CAST, uri);
  }
}
