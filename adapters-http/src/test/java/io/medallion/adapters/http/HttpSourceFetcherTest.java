package io.medallion.adapters.http;

import static io.medallion.adapters.http.ScriptedServer.after;
import static io.medallion.adapters.http.ScriptedServer.answering;
import static io.medallion.adapters.http.ScriptedServer.cutShort;
import static io.medallion.adapters.http.ScriptedServer.ok;
import static io.medallion.adapters.http.ScriptedServer.stall;
import static io.medallion.adapters.http.ScriptedServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.SourceFetch;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.port.out.SourceVersion;
import io.medallion.application.run.LookupSource;
import io.medallion.domain.medallion.Feed;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpSourceFetcherTest {

  private static final byte[] CAST =
      "cast,show_id\nAda Lovelace,s1\n".getBytes(StandardCharsets.UTF_8);
  private static final String LAST_MODIFIED = "Tue, 03 Jun 2025 10:00:00 GMT";
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final SourceVersion V1 =
      new SourceVersion(Optional.of("\"v1\""), Optional.of(LAST_MODIFIED));

  private final HttpSourceFetcher fetcher = fetcherWith(Duration.ofSeconds(5));

  @Test
  void givenAvailableSource_fetch_returnsItsBytesAndVersion() throws Exception {
    try (ScriptedServer server =
        answering(ok(CAST, "ETag", "\"v1\"", "Last-Modified", LAST_MODIFIED))) {
      SourceFetch fetched = fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none());

      assertThat(fetched.content()).hasValue(CAST);
      assertThat(fetched.version()).isEqualTo(V1);
      assertThat(fetched.retries()).isZero();
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void givenSourceWithoutValidators_fetch_returnsAnUnknownVersion() throws Exception {
    try (ScriptedServer server = answering(ok(CAST))) {
      SourceFetch fetched = fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none());

      assertThat(fetched.content()).hasValue(CAST);
      assertThat(fetched.version().isKnown()).isFalse();
    }
  }

  @Test
  void givenNoKnownVersion_fetch_asksUnconditionally() throws Exception {
    try (ScriptedServer server = answering(ok(CAST))) {
      fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none());

      assertThat(server.requestHeaders(0).containsKey("If-None-Match")).isFalse();
      assertThat(server.requestHeaders(0).containsKey("If-Modified-Since")).isFalse();
    }
  }

  @Test
  void givenKnownVersionAndUnchangedSource_fetch_asksConditionallyAndSaysNotModified()
      throws Exception {
    try (ScriptedServer server = answering(status(304, "ETag", "\"v1\""))) {
      SourceFetch fetched = fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), V1);

      assertThat(fetched.modified()).isFalse();
      assertThat(fetched.version()).isEqualTo(V1);
      assertThat(server.requestHeaders(0).getFirst("If-None-Match")).isEqualTo("\"v1\"");
      assertThat(server.requestHeaders(0).getFirst("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
    }
  }

  @Test
  void givenOnlyALastModifiedKnown_fetch_asksIfModifiedSinceAlone() throws Exception {
    SourceVersion dated = new SourceVersion(Optional.empty(), Optional.of(LAST_MODIFIED));
    try (ScriptedServer server = answering(status(304))) {
      assertThat(fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), dated).version())
          .isEqualTo(dated);
      assertThat(server.requestHeaders(0).containsKey("If-None-Match")).isFalse();
      assertThat(server.requestHeaders(0).getFirst("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
    }
  }

  @Test
  void givenKnownVersionAndChangedSource_fetch_returnsTheNewBytesAndVersion() throws Exception {
    try (ScriptedServer server = answering(ok(CAST, "ETag", "\"v2\""))) {
      SourceFetch fetched = fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), V1);

      assertThat(fetched.content()).hasValue(CAST);
      assertThat(fetched.version().etag()).hasValue("\"v2\"");
      assertThat(fetched.version().lastModified()).isEmpty();
    }
  }

  @Test
  void givenTransientFailureBeforeNotModified_fetch_asksConditionallyEachTime() throws Exception {
    try (ScriptedServer server = answering(status(503), status(304))) {
      assertThat(fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), V1).modified()).isFalse();
      assertThat(server.requestHeaders(1).getFirst("If-None-Match")).isEqualTo("\"v1\"");
    }
  }

  @Test
  void givenNotModifiedToAnUnconditionalRequest_fetch_failsAtOnce() throws Exception {
    try (ScriptedServer server = answering(status(304), ok(CAST))) {
      assertThatThrownBy(() -> fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none()))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining("304 Not Modified to a request naming no version");
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {404, 410})
  void givenMissingSource_fetch_failsNamingItWithoutRetrying(int code) throws Exception {
    try (ScriptedServer server = answering(status(code))) {
      URI uri = server.uri("/files/netflix_cast.csv");

      assertThatThrownBy(() -> fetcher.fetch(castAt(uri), none()))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining(uri.toString())
          .hasMessageContaining("HTTP " + code);
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void givenServiceUnavailableTwice_fetch_succeedsOnTheThirdAttemptAfterTwoRetries()
      throws Exception {
    try (ScriptedServer server = answering(status(503), status(503), ok(CAST))) {
      SourceFetch fetched = fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none());

      assertThat(fetched.content()).hasValue(CAST);
      assertThat(fetched.retries()).isEqualTo(2);
      assertThat(server.requests()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void givenTransientStatusOnce_fetch_retriesAndSucceeds(int code) throws Exception {
    try (ScriptedServer server = answering(status(code), ok(CAST))) {
      assertThat(fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none()).content())
          .hasValue(CAST);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void givenPersistentServerError_fetch_failsAfterMaxAttempts() throws Exception {
    try (ScriptedServer server = answering(status(500))) {
      assertThatThrownBy(() -> fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none()))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining("after 3 attempts")
          .hasMessageContaining("HTTP 500");
      assertThat(server.requests()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 405, 451})
  void givenOtherClientError_fetch_failsAtOnce(int code) throws Exception {
    try (ScriptedServer server = answering(status(code), ok(CAST))) {
      assertThatThrownBy(() -> fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none()))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining("HTTP " + code);
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void givenPartialContent_fetch_refusesIt() throws Exception {
    try (ScriptedServer server = answering(partial(CAST))) {
      assertThatThrownBy(() -> fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none()))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("HTTP 206, not the whole file");
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void givenRetryAfterInSeconds_fetch_waitsThatLongBeforeRetrying() throws Exception {
    try (ScriptedServer server = answering(status(429, "Retry-After", "1"), ok(CAST))) {
      long start = System.nanoTime();

      assertThat(fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none()).content())
          .hasValue(CAST);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(millis(950));
    }
  }

  @Test
  void givenRetryAfterAsAnHttpDate_fetch_waitsUntilThenBeforeRetrying() throws Exception {
    // The date has whole seconds: two seconds ahead is more than one second away.
    String inTwoSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
    try (ScriptedServer server = answering(status(503, "Retry-After", inTwoSeconds), ok(CAST))) {
      long start = System.nanoTime();

      assertThat(fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none()).content())
          .hasValue(CAST);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(millis(950));
    }
  }

  @Test
  void givenRetryAfterBeyondTheBound_fetch_failsAtOnceNamingBoth() throws Exception {
    HttpSourceFetcher bounded =
        new HttpSourceFetcher(settings(Duration.ofSeconds(5), 3, Duration.ofSeconds(30), MINUTE));
    try (ScriptedServer server = answering(status(429, "Retry-After", "3600"), ok(CAST))) {
      long start = System.nanoTime();

      assertThatThrownBy(() -> bounded.fetch(castAt(server.uri("/netflix_cast.csv")), none()))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining("after 1 attempt (")
          .hasMessageContaining("asked to retry after 3600 s, more than the 30 s allowed")
          .hasMessageContaining("last failure: HTTP 429");
      assertThat(server.requests()).isEqualTo(1);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void givenRetryAfterBeyondTheTotalTimeout_fetch_failsAtOnce() throws Exception {
    HttpSourceFetcher hurried =
        new HttpSourceFetcher(
            settings(Duration.ofSeconds(5), 3, Duration.ofSeconds(30), Duration.ofSeconds(3)));
    try (ScriptedServer server = answering(status(503, "Retry-After", "10"), ok(CAST))) {
      assertThatThrownBy(() -> hurried.fetch(castAt(server.uri("/netflix_cast.csv")), none()))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("would pass the total timeout of 3000 ms")
          .hasMessageContaining("last failure: HTTP 503");
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void givenAnswersSlowerThanTheTotalTimeout_fetch_stopsWhenItIsSpent() throws Exception {
    HttpSourceFetcher hurried =
        new HttpSourceFetcher(settings(Duration.ofSeconds(5), 10, MINUTE, millis(400)));
    try (ScriptedServer server = answering(after(Duration.ofSeconds(3), ok(CAST)))) {
      long start = System.nanoTime();

      assertThatThrownBy(() -> hurried.fetch(castAt(server.uri("/netflix_cast.csv")), none()))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("after 1 attempt (")
          .hasMessageContaining("total timeout of 400 ms");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void givenClosedPort_fetch_failsNamingTheSourceAndTheRefusal() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + closedPort + "/netflix_cast.csv");

    assertThatThrownBy(() -> fetcher.fetch(castAt(uri), none()))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("netflix_cast")
        .hasMessageContaining(uri.toString())
        .hasMessageContaining("after 3 attempts")
        .hasMessageContaining("ConnectException");
  }

  @Test
  void givenBodyCutShortOnce_fetch_detectsItAndRetries() throws Exception {
    try (ScriptedServer server = answering(cutShort(CAST, 10), ok(CAST))) {
      assertThat(fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none()).content())
          .hasValue(CAST);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void givenBodyAlwaysCutShort_fetch_fails() throws Exception {
    try (ScriptedServer server = answering(cutShort(CAST, 10))) {
      assertThatThrownBy(() -> fetcher.fetch(castAt(server.uri("/netflix_cast.csv")), none()))
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining("after 3 attempts");
      assertThat(server.requests()).isEqualTo(3);
    }
  }

  @Test
  void givenAnswerSlowerThanTheRequestTimeout_fetch_retries() throws Exception {
    HttpSourceFetcher impatient = fetcherWith(millis(200));
    try (ScriptedServer server = answering(after(Duration.ofSeconds(2), ok(CAST)), ok(CAST))) {
      assertThat(impatient.fetch(castAt(server.uri("/netflix_cast.csv")), none()).content())
          .hasValue(CAST);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void givenBodyThatStalls_fetch_timesOutAndRetries() throws Exception {
    HttpSourceFetcher impatient = fetcherWith(millis(200));
    try (ScriptedServer server = answering(stall(CAST, 10), ok(CAST))) {
      assertThat(impatient.fetch(castAt(server.uri("/netflix_cast.csv")), none()).content())
          .hasValue(CAST);
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void givenBodySlowerThanTheRequestTimeoutButMoving_fetch_waitsForAllOfIt() throws Exception {
    HttpSourceFetcher impatient = fetcherWith(millis(300));
    try (ScriptedServer server = answering(trickle(CAST, 6, millis(100)))) {
      assertThat(impatient.fetch(castAt(server.uri("/netflix_cast.csv")), none()).content())
          .hasValue(CAST);
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void givenSasTokenInTheQuery_failure_neverShowsIt() throws Exception {
    try (ScriptedServer server = answering(status(404))) {
      URI uri = server.uri("/netflix_cast.csv?sv=2024&sig=TOPSECRET");

      assertThatThrownBy(() -> fetcher.fetch(castAt(uri), none()))
          .hasMessageContaining("netflix_cast")
          .hasMessageContaining("/netflix_cast.csv")
          .hasMessageNotContaining("sig=")
          .hasMessageNotContaining("TOPSECRET");
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void givenSasTokenInTheQuery_retriedFailure_neverShowsIt() throws Exception {
    try (ScriptedServer server = answering(cutShort(CAST, 10))) {
      URI uri = server.uri("/netflix_cast.csv?sv=2024&sig=TOPSECRET");

      assertThatThrownBy(() -> fetcher.fetch(castAt(uri), none()))
          .hasMessageContaining("after 3 attempts")
          .hasMessageNotContaining("TOPSECRET");
    }
  }

  private static ScriptedServer.Answer partial(byte[] body) {
    return exchange -> {
      exchange.getResponseHeaders().add("Content-Range", "bytes 0-9/" + body.length);
      exchange.sendResponseHeaders(206, 10);
      try (var out = exchange.getResponseBody()) {
        out.write(body, 0, 10);
      }
    };
  }

  /** Sends {@code body} in {@code pieces}, {@code pause} apart: slow, never stalled. */
  private static ScriptedServer.Answer trickle(byte[] body, int pieces, Duration pause) {
    return exchange -> {
      exchange.sendResponseHeaders(200, body.length);
      try (var out = exchange.getResponseBody()) {
        int size = (body.length + pieces - 1) / pieces;
        for (int from = 0; from < body.length; from += size) {
          sleep(pause);
          out.write(body, from, Math.min(size, body.length - from));
          out.flush();
        }
      }
    };
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static HttpSourceFetcher fetcherWith(Duration requestTimeout) {
    return new HttpSourceFetcher(settings(requestTimeout, 3, MINUTE, MINUTE));
  }

  private static HttpSettings settings(
      Duration requestTimeout, int attempts, Duration maxRetryAfter, Duration totalTimeout) {
    return new HttpSettings(
        Duration.ofSeconds(2),
        requestTimeout,
        attempts,
        millis(1),
        millis(5),
        maxRetryAfter,
        totalTimeout);
  }

  private static Duration millis(long millis) {
    return Duration.ofMillis(millis);
  }

  private static SourceVersion none() {
    return SourceVersion.none();
  }

  private static LookupSource castAt(URI uri) {
    return new LookupSource(Feed.CAST, uri);
  }
}
