package io.medallion.adapters.http;

import static io.medallion.adapters.http.ScriptedServer.answering;
import static io.medallion.adapters.http.ScriptedServer.ok;
import static io.medallion.adapters.http.ScriptedServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.run.LookupSource;
import io.medallion.domain.medallion.Feed;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceProbeTest {

  private static final byte[] CAST =
      "cast,show_id\nAda Lovelace,s1\n".getBytes(StandardCharsets.UTF_8);

  // Four attempts allowed to a fetch: the probe must still ask once.
  private final HttpSourceFetcher fetcher =
      new HttpSourceFetcher(
          new HttpSettings(
              Duration.ofSeconds(2),
              Duration.ofSeconds(5),
              4,
              Duration.ofMillis(1),
              Duration.ofMillis(5)));

  @Test
  void givenASourceAnswering304_probe_findsNoProblemAskingIfNoneMatchStar() throws Exception {
    try (ScriptedServer server = answering(status(304))) {
      Optional<String> problem = fetcher.probe(castAt(server.uri("/netflix_cast.csv")));

      assertThat(problem).isEmpty();
      assertThat(server.requests()).isEqualTo(1);
      assertThat(server.requestHeaders(0).getFirst("If-None-Match")).isEqualTo("*");
      assertThat(server.requestLine(0)).isEqualTo("GET /netflix_cast.csv");
    }
  }

  @Test
  void givenASourceAnswering200_probe_findsNoProblem() throws Exception {
    try (ScriptedServer server = answering(ok(CAST))) {
      assertThat(fetcher.probe(castAt(server.uri("/netflix_cast.csv")))).isEmpty();
    }
  }

  @Test
  void givenAMissingSource_probe_saysTheStatusAndAddressButNoQuery() throws Exception {
    try (ScriptedServer server = answering(status(404))) {
      URI signed = server.uri("/netflix_cast.csv?sv=2025&sig=s3cret");

      Optional<String> problem = fetcher.probe(castAt(signed));

      assertThat(problem)
          .hasValue(
              "source netflix_cast: HTTP 404 at " + server.uri("/netflix_cast.csv").toString());
      assertThat(problem.orElseThrow()).doesNotContain("s3cret").doesNotContain("sig");
    }
  }

  @Test
  void givenATransientStatus_probe_asksOnceAndSaysIt() throws Exception {
    try (ScriptedServer server = answering(status(503), ok(CAST))) {
      Optional<String> problem = fetcher.probe(castAt(server.uri("/netflix_cast.csv")));

      assertThat(problem.orElseThrow()).startsWith("source netflix_cast: HTTP 503 at http://");
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void givenAClosedPort_probe_saysTheConnectionWasRefusedNamingThePort() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + closedPort + "/netflix_cast.csv");

    Optional<String> problem = fetcher.probe(castAt(uri));

    assertThat(problem)
        .hasValue(
            "source netflix_cast: connection refused (a closed port?) at "
                + "http://127.0.0.1:"
                + closedPort
                + "/netflix_cast.csv");
  }

  private static LookupSource castAt(URI uri) {
    return new LookupSource(Feed.CAST, uri);
  }
}
