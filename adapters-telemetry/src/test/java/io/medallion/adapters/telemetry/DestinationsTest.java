package io.medallion.adapters.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DestinationsTest {

  @Test
  void givenBothDestinations_theDefaults_exportMetricsOnly_toBoth_withoutLiveMetrics() {
    Destinations both =
        new Destinations(
            Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
                "APPLICATIONINSIGHTS_CONNECTION_STRING", "InstrumentationKey=k"));

    assertThat(both.defaults())
        .contains(
            entry("otel.metrics.exporter", "otlp,azure_monitor"),
            entry("otel.traces.exporter", "none"),
            entry("otel.logs.exporter", "none"),
            entry("otel.service.name", "medallion"),
            entry("otel.exporter.otlp.protocol", "http/protobuf"),
            entry("applicationinsights.live.metrics.enabled", "false"));
  }

  @Test
  void theEnvironmentsOtelVariables_areHandedOver_byTheirPropertyNames_only() {
    Destinations destinations =
        new Destinations(
            Map.of(
                "OTEL_METRIC_EXPORT_INTERVAL", "5000",
                "OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE", "delta",
                "APPLICATIONINSIGHTS_LIVE_METRICS_ENABLED", "true",
                "PATH", "/usr/bin"));

    assertThat(destinations.properties())
        .containsOnly(
            entry("otel.metric.export.interval", "5000"),
            entry("otel.exporter.otlp.metrics.temporality.preference", "delta"),
            entry("applicationinsights.live.metrics.enabled", "true"));
  }

  @Test
  void aMessage_losesTheConnectionString_andEachHeadersValue() {
    Destinations destinations =
        new Destinations(
            Map.of(
                "APPLICATIONINSIGHTS_CONNECTION_STRING", "InstrumentationKey=ikey-1234;X=y",
                "OTEL_EXPORTER_OTLP_HEADERS", "api-key=k3y%2Bv4lue"));

    assertThat(
            destinations.redacted("bad ikey-1234 and k3y+v4lue and k3y%2Bv4lue for the collector"))
        .isEqualTo("bad <redacted> and <redacted> and <redacted> for the collector");
  }
}
