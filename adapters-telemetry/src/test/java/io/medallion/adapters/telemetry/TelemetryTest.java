package io.medallion.adapters.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.HttpClient;
import io.medallion.application.port.out.RunProgress;
import io.opentelemetry.api.OpenTelemetry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class TelemetryTest {

  private final List<String> warnings = new CopyOnWriteArrayList<>();

  @Test
  void givenNoEndpointAndNoConnectionString_nothingStarts_andProgressHearsNothing() {
    Map<String, String> environment =
        Map.of(
            "OTEL_SERVICE_NAME", "elsewhere",
            "OTEL_METRICS_EXPORTER", "otlp",
            "OTEL_EXPORTER_OTLP_ENDPOINT", " ",
            "PATH", "/usr/bin");

    try (Telemetry telemetry =
        new Telemetry(environment, TelemetryTest::noClientWanted, warnings::add)) {
      assertThat(telemetry.progress()).isSameAs(RunProgress.NONE);
    }
  }

  @Test
  void givenTheMetricsOnlyEndpoint_metricsAreRecorded() {
    Map<String, String> environment =
        Map.of("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "http://127.0.0.1:9/v1/metrics");

    try (Telemetry telemetry =
        new Telemetry(environment, TelemetryTest::noClientWanted, warnings::add)) {
      assertThat(telemetry.progress()).isInstanceOf(RunMetrics.class);
    }
  }

  @Test
  void givenMalformedOtlpHeaders_theRefusal_neverQuotesThem() {
    Map<String, String> environment =
        Map.of(
            "OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9",
            "OTEL_EXPORTER_OTLP_HEADERS", "authorization=Bearer%20s3cr3t-t0ken,broken");

    assertThatThrownBy(
            () -> new Telemetry(environment, TelemetryTest::noClientWanted, warnings::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("otel.exporter.otlp.headers")
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
  }

  @Test
  void givenAMalformedConnectionString_theRefusal_neverQuotesIt() {
    Map<String, String> environment =
        Map.of(
            "APPLICATIONINSIGHTS_CONNECTION_STRING",
            "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=not a url s3cr3t");

    assertThatThrownBy(() -> new Telemetry(environment, () -> null, warnings::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cr3t"));
  }

  @Test
  void aFlushThatFails_isAWarning_neverAnException() {
    RunMetrics metrics =
        new RunMetrics(
            OpenTelemetry.noop().getMeter("test"),
            () -> {
              throw new IllegalStateException("exporter gone");
            },
            warnings::add);

    TestRuns.replay(TestRuns.twoTables(), metrics);

    assertThat(warnings).singleElement().asString().contains("exporter gone");
  }

  private static HttpClient noClientWanted() {
    throw new AssertionError("no Azure Monitor client is wanted here");
  }
}
