package io.medallion.adapters.http;

import static io.medallion.adapters.http.FaultySource.backlogged;
import static io.medallion.adapters.http.FaultySource.refusing;
import static io.medallion.adapters.http.FaultySource.scripted;
import static io.medallion.adapters.http.FaultySource.selfSigned;
import static io.medallion.adapters.http.RawServer.chunked;
import static io.medallion.adapters.http.RawServer.closeDelimited;
import static io.medallion.adapters.http.RawServer.closeDelimitedWithMd5;
import static io.medallion.adapters.http.RawServer.cutAfter;
import static io.medallion.adapters.http.RawServer.cutChunked;
import static io.medallion.adapters.http.RawServer.reset;
import static io.medallion.adapters.http.RawServer.resetAfter;
import static io.medallion.adapters.http.RawServer.silent;
import static io.medallion.adapters.http.RawServer.stallAfter;
import static io.medallion.adapters.http.RawServer.status;
import static io.medallion.adapters.http.RawServer.tooManyRequestsUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.medallion.adapters.http.FaultySource.Mode;
import io.medallion.adapters.http.FaultySource.Opener;
import io.medallion.application.port.out.SourceFetch;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.port.out.SourceVersion;
import io.medallion.application.run.LookupSource;
import io.medallion.domain.medallion.Feed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault a source can show, injected once (then the file) and always, ends in the whole file
 * or in a clear {@link SourceUnavailableException}: never in part of the file.
 */
class FaultMatrixTest {

  private static final byte[] CAST =
      "cast,show_id\nAda Lovelace,s1\nGrace Hopper,s2\n".getBytes(StandardCharsets.UTF_8);
  private static final String PATH = "/netflix_cast.csv?sv=2024&sig=SECRET";
  private static final String V2 = "\"v2\"";
  private static final RawServer.Reply FILE = RawServer.ok(CAST, V2);
  private static final SourceVersion KNOWN =
      new SourceVersion(Optional.of("\"v1\""), Optional.of("Tue, 03 Jun 2025 10:00:00 GMT"));
  private static final HttpSettings SETTINGS =
      new HttpSettings(
          Duration.ofMillis(250),
          Duration.ofMillis(400),
          3,
          Duration.ofMillis(1),
          Duration.ofMillis(5),
          Duration.ofSeconds(5),
          Duration.ofSeconds(20));

  /** How a fetch must end: the file, no change, or a failure saying all of {@code saying}. */
  record Outcome(String kind, List<String> saying, int maxRequests) {
    static final Outcome THE_FILE = new Outcome("the file", List.of(), Integer.MAX_VALUE);
    static final Outcome UNCHANGED = new Outcome("unchanged", List.of(), 1);

    static Outcome failedAfterAllAttempts(String saying) {
      return new Outcome("failure", List.of("after 3 attempts", saying), Integer.MAX_VALUE);
    }

    static Outcome failedAtOnce(String saying, int maxRequests) {
      return new Outcome("failure", List.of(saying), maxRequests);
    }

    @Override
    public String toString() {
      return kind;
    }
  }

  static Stream<Arguments> cells() {
    Outcome unframed = Outcome.failedAtOnce("neither Content-Length, chunked encoding nor", 1);
    Outcome untrusted = Outcome.failedAtOnce("TLS failed, not retried", 0);
    Outcome missing = Outcome.failedAtOnce("does not exist", 1);
    return Stream.of(
            retried("HTTP 408", scripted(status(408), FILE), "HTTP 408"),
            retried(
                "HTTP 429, Retry-After 1", scripted(status(429, "Retry-After: 1"), FILE), "429"),
            retried("HTTP 429, Retry-After date", scripted(tooManyRequestsUntil(1), FILE), "429"),
            retried("HTTP 500", scripted(status(500), FILE), "HTTP 500"),
            retried("HTTP 502", scripted(status(502), FILE), "HTTP 502"),
            retried("HTTP 503", scripted(status(503), FILE), "HTTP 503"),
            retried("HTTP 504", scripted(status(504), FILE), "HTTP 504"),
            retried("reset mid-body", scripted(resetAfter(CAST, 10), FILE), "Connection reset"),
            retried("reset before the answer", scripted(reset(), FILE), "Connection reset"),
            retried("connection refused", refusing(FILE), "ConnectException"),
            retried("connect timeout", backlogged(FILE), "HttpConnectTimeoutException"),
            retried("no answer", scripted(silent(), FILE), "timed out"),
            retried("stalled body", scripted(stallAfter(CAST, 10), FILE), "nothing received"),
            retried("cut, Content-Length", scripted(cutAfter(CAST, 10), FILE), "received: 10"),
            retried(
                "cut, chunked",
                scripted(cutChunked(CAST, 10), chunked(CAST, V2)),
                "chunked transfer encoding"),
            retried(
                "cut, close-delimited with Content-MD5",
                scripted(
                    closeDelimitedWithMd5(CAST, 10, V2),
                    closeDelimitedWithMd5(CAST, CAST.length, V2)),
                "do not match their Content-MD5"),
            cells("cut, close-delimited", scripted(closeDelimited(CAST, 10), FILE), unframed),
            cells("304 Not Modified", scripted(status(304), FILE), Outcome.UNCHANGED),
            cells(
                "redirect, then a loop",
                scripted(status(302, "Location: " + PATH), FILE),
                Outcome.THE_FILE,
                Outcome.failedAtOnce("a redirect loop", 6)),
            cells("self-signed certificate", selfSigned(CAST), untrusted),
            cells("HTTP 404", scripted(status(404), FILE), missing))
        .flatMap(cells -> cells);
  }

  @ParameterizedTest(name = "{0}, {1}: {3}")
  @MethodSource("cells")
  void givenFault_fetch_endsInTheWholeFileOrAClearFailure(
      String fault, Mode mode, Opener opener, Outcome expected) throws Exception {
    try (FaultySource source = opener.open(mode)) {
      HttpSourceFetcher fetcher = new HttpSourceFetcher(SETTINGS, source::beforeRetry);
      LookupSource cast = new LookupSource(Feed.CAST, source.uri(PATH));

      Throwable failure = catchThrowable(() -> assertEnd(fetcher.fetch(cast, KNOWN), expected));

      if (expected.kind().equals("failure")) {
        assertThat(failure).isInstanceOf(SourceUnavailableException.class);
        assertThat(failure.getMessage()).contains("netflix_cast", "127.0.0.1");
        assertThat(failure.getMessage()).contains(expected.saying());
      } else {
        assertThat(failure).isNull();
      }
      assertThat(source.requests()).isLessThanOrEqualTo(expected.maxRequests());
      assertNoSecretIn(failure);
    }
  }

  @Test
  void givenTheSelfSignedServer_aClientTrustingItsCertificate_getsTheFile() throws Exception {
    // The TLS cells fail for want of trust, not because the server is broken.
    try (SelfSignedServer server = SelfSignedServer.serving(CAST)) {
      HttpClient trusting = HttpClient.newBuilder().sslContext(SelfSignedServer.trusting()).build();

      byte[] body =
          trusting
              .send(HttpRequest.newBuilder(server.uri("/x")).build(), BodyHandlers.ofByteArray())
              .body();

      assertThat(body).isEqualTo(CAST);
    }
  }

  @Test
  void givenTlsHandshakeResetByThePeer_fetch_retriesItLikeAnyReset() throws Exception {
    try (RawServer server =
        RawServer.replyingOnConnect(
            connection -> {
              connection.getInputStream().read();
              connection.setSoLinger(true, 0);
              connection.close();
            })) {
      URI uri = URI.create("https://127.0.0.1:" + server.port() + PATH);

      Throwable failure =
          catchThrowable(
              () -> new HttpSourceFetcher(SETTINGS).fetch(new LookupSource(Feed.CAST, uri), KNOWN));

      assertThat(failure)
          .isInstanceOf(SourceUnavailableException.class)
          .hasMessageContaining("after 3 attempts")
          .hasMessageContaining("Connection reset");
      assertThat(server.requests()).isGreaterThanOrEqualTo(3);
    }
  }

  private static void assertEnd(SourceFetch fetched, Outcome expected) {
    if (expected.kind().equals("unchanged")) {
      assertThat(fetched.modified()).isFalse();
      assertThat(fetched.version()).isEqualTo(KNOWN);
    } else {
      // The whole file, byte for byte, or the test fails: part of it must never come back.
      assertThat(expected.kind()).as("the fetch returned content").isEqualTo("the file");
      assertThat(fetched.content().orElseThrow()).isEqualTo(CAST);
      assertThat(fetched.version().etag()).hasValue(V2);
    }
  }

  private static void assertNoSecretIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain("SECRET").doesNotContain("sig=");
    }
  }

  /** A transient fault: once, the file after a retry; always, a failure after every attempt. */
  private static Stream<Arguments> retried(String fault, Opener opener, String saying) {
    return cells(fault, opener, Outcome.THE_FILE, Outcome.failedAfterAllAttempts(saying));
  }

  private static Stream<Arguments> cells(String fault, Opener opener, Outcome both) {
    return cells(fault, opener, both, both);
  }

  private static Stream<Arguments> cells(
      String fault, Opener opener, Outcome once, Outcome always) {
    return Stream.of(
        Arguments.of(fault, Mode.ONCE, opener, once),
        Arguments.of(fault, Mode.ALWAYS, opener, always));
  }
}
