package io.medallion.adapters.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RunMetricsToAzureMonitorTest {

  private static final String KEY = "00000000-0000-0000-0000-000000000000";

  private final List<String> warnings = new CopyOnWriteArrayList<>();

  @Test
  void givenAConnectionString_theRunsMetrics_reachItsIngestionEndpoint() throws Exception {
    RunReport report = TestRuns.twoTables();
    try (IngestionReceiver ingestion = new IngestionReceiver()) {
      Map<String, String> environment =
          Map.of(
              "APPLICATIONINSIGHTS_CONNECTION_STRING",
              "InstrumentationKey=%s;IngestionEndpoint=%s".formatted(KEY, ingestion.endpoint()));

      try (Telemetry telemetry = new Telemetry(environment, ingestion::client, warnings::add)) {
        TestRuns.replay(report, telemetry.progress());
        assertThat(metrics(ingestion).keySet())
            .contains(
                "medallion.runs",
                "medallion.run.duration",
                "medallion.stage.duration",
                "medallion.rows",
                "medallion.expectations",
                "medallion.source.files",
                "medallion.source.bytes",
                "medallion.source.retries",
                "medallion.lock.wait");
        assertThat(rowsOut(ingestion)).isEqualTo(rowsOut(report));
      }
      // Sent where the connection string says, not only brought here by the test's client
      assertThat(ingestion.asked()).contains(ingestion.endpoint() + "v2.1/track");
      assertThat(ingestion.items()).allMatch(item -> item.path("iKey").asText().equals(KEY));
      assertThat(warnings).isEmpty();
    }
  }

  @Test
  void givenAConnectionStringAndAnOtlpEndpoint_theMetrics_reachBoth() throws Exception {
    RunReport report = TestRuns.twoTables();
    try (IngestionReceiver ingestion = new IngestionReceiver();
        OtlpReceiver otlp = new OtlpReceiver()) {
      Map<String, String> environment =
          Map.of(
              "APPLICATIONINSIGHTS_CONNECTION_STRING",
              "InstrumentationKey=%s;IngestionEndpoint=%s".formatted(KEY, ingestion.endpoint()),
              "OTEL_EXPORTER_OTLP_ENDPOINT",
              otlp.endpoint());

      try (Telemetry telemetry = new Telemetry(environment, ingestion::client, warnings::add)) {
        TestRuns.replay(report, telemetry.progress());
        assertThat(rowsOut(ingestion)).isEqualTo(rowsOut(report));
        assertThat(otlp.points("medallion.rows")).hasSize(4 * report.tables().size());
      }
    }
  }

  /** Each metric item's name, with its properties (the customDimensions of customMetrics). */
  private static Map<String, List<JsonNode>> metrics(IngestionReceiver ingestion) {
    Map<String, List<JsonNode>> metrics = new HashMap<>();
    for (JsonNode item : ingestion.items()) {
      JsonNode data = item.path("data").path("baseData");
      if (item.path("data").path("baseType").asText().equals("MetricData")) {
        for (JsonNode metric : data.path("metrics")) {
          metrics
              .computeIfAbsent(metric.path("name").asText(), n -> new CopyOnWriteArrayList<>())
              .add(item);
        }
      }
    }
    return metrics;
  }

  /** Rows out per run and table, summed over every item that carries them. */
  private static Map<String, Long> rowsOut(IngestionReceiver ingestion) {
    Map<String, Long> rows = new HashMap<>();
    for (JsonNode item : metrics(ingestion).getOrDefault("medallion.rows", List.of())) {
      JsonNode data = item.path("data").path("baseData");
      JsonNode properties = data.path("properties");
      if (properties.path("outcome").asText().equals("out")) {
        rows.merge(
            properties.path("run_id").asText() + " " + properties.path("table").asText(),
            data.path("metrics").get(0).path("value").asLong(),
            Long::sum);
      }
    }
    return rows;
  }

  private static Map<String, Long> rowsOut(RunReport report) {
    Map<String, Long> rows = new HashMap<>();
    for (LayerResult table : report.tables()) {
      rows.put(report.runId().value() + " " + table.table(), table.rowsOut());
    }
    return rows;
  }
}
