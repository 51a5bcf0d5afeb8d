package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run watched from outside, in a process of its own: its log as JSON lines carrying the run's
 * fields, one alert on the webhook when it fails (the webhook's secret path in no line), and its
 * metrics sent to the OTLP endpoint the standard variable names.
 */
class RunMonitoringTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET_PATH = "/services/T000/B000/s3cr3tT0k3n";

  @TempDir Path dir;

  private HttpServer receiver;
  private final List<String> alerts = Collections.synchronizedList(new ArrayList<>());
  private final List<String> metricPaths = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void listen() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        SECRET_PATH,
        exchange -> {
          alerts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.createContext(
        "/v1/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          metricPaths.add(exchange.getRequestURI().getPath());
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stop() {
    receiver.stop(0);
  }

  @Test
  void givenAFailingRunWithJsonLogsAWebhookAndAnOtlpEndpoint_run_isSeenFromOutside()
      throws Exception {
    String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
    Path config = config(closedPort());

    Cli run =
        Cli.inChildJvm(
            dir.resolve("run.log"),
            Map.of(
                "MEDALLION_ALERT_WEBHOOK",
                base + SECRET_PATH,
                "OTEL_EXPORTER_OTLP_ENDPOINT",
                base,
                "OTEL_EXPORTER_OTLP_PROTOCOL",
                "http/protobuf"),
            "run",
            "--config",
            config.toString(),
            "--log-format",
            "json");

    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : run.out().lines().filter(l -> l.startsWith("{")).toList()) {
      lines.add(JSON.readTree(line));
    }
    JsonNode finished =
        lines.stream()
            .filter(l -> l.path("message").asText().startsWith("run failed"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no 'run failed' line in " + run.out()));
    String runId = finished.path("run_id").asText();
    assertThat(runId).matches("\\d{8}-\\d{6}-[0-9a-f]{4}");
    assertThat(finished.path("outcome").asText()).isEqualTo("failed");
    assertThat(finished.path("level").asText()).isEqualTo("INFO");
    assertThat(finished.path("time").asText()).endsWith("Z");
    assertThat(alerts).singleElement().satisfies(a -> assertThat(a).contains(runId, "failed"));
    assertThat(JSON.readTree(alerts.get(0)).fieldNames()).toIterable().containsExactly("text");
    assertThat(metricPaths).contains("/v1/metrics");
    assertThat(run.out()).doesNotContain("s3cr3tT0k3n");
  }

  private Path config(int closedPort) throws IOException {
    StringBuilder conf = new StringBuilder("medallion {\n");
    conf.append("  workdir = \"").append(dir.resolve("workdir")).append("\"\n");
    conf.append("  http.max-attempts = 1\n  sources {\n");
    for (Feed feed : Feed.lookups()) {
      conf.append("    ")
          .append(feed.fileStem())
          .append(" = \"http://127.0.0.1:")
          .append(closedPort)
          .append('/')
          .append(feed.fileStem())
          .append(".csv\"\n");
    }
    Path file = dir.resolve("run.conf");
    Files.writeString(file, conf.append("  }\n}\n").toString());
    return file;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
