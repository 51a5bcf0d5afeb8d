package io.medallion.adapters.telemetry;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.monitor.opentelemetry.autoconfigure.AzureMonitorAutoConfigure;
import com.azure.monitor.opentelemetry.autoconfigure.AzureMonitorAutoConfigureOptions;
import io.medallion.application.port.out.RunProgress;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.common.CompletableResultCode;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's metrics exported with OpenTelemetry, as the environment asks: over OTLP when {@code
 * OTEL_EXPORTER_OTLP_ENDPOINT} (or its metrics-only sibling) is set, to Azure Monitor when {@code
 * APPLICATIONINSIGHTS_CONNECTION_STRING} is; with neither, nothing is started and {@link
 * #progress()} hears nothing. Each run's metrics are flushed when it finishes, since the process
 * may end right after. Settings it refuses fail its making, with the secrets left out.
 */
public final class Telemetry implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Telemetry.class);
  private static final long FLUSH_SECONDS = 10;

  private final OpenTelemetrySdk sdk;
  private final RunProgress progress;
  private final Consumer<String> warn;

  /** From the process's environment as it is: {@code Telemetry.from(System.getenv())}. */
  public static Telemetry from(Map<String, String> environment) {
    return new Telemetry(environment, () -> new JdkHttpClientBuilder().build(), LOG::warn);
  }

  /**
   * {@code azureHttp} carries Azure Monitor's requests (the JDK's client in the product: no Netty);
   * {@code warn} hears warnings.
   */
  Telemetry(
      Map<String, String> environment, Supplier<HttpClient> azureHttp, Consumer<String> warn) {
    Destinations destinations = new Destinations(environment);
    this.warn = warn;
    this.sdk = destinations.any() ? started(destinations, azureHttp) : null;
    this.progress =
        sdk == null
            ? RunProgress.NONE
            : new RunMetrics(sdk.getMeter("io.medallion"), this::flush, warn);
  }

  /**
   * The listener to hand the pipeline: {@link RunMetrics}, or {@link RunProgress#NONE} when off.
   */
  public RunProgress progress() {
    return progress;
  }

  @Override
  public void close() {
    if (sdk != null) {
      sdk.close();
    }
  }

  private static OpenTelemetrySdk started(
      Destinations destinations, Supplier<HttpClient> azureHttp) {
    try {
      AutoConfiguredOpenTelemetrySdkBuilder builder =
          AutoConfiguredOpenTelemetrySdk.builder().disableShutdownHook();
      destinations
          .applicationInsights()
          .ifPresent(
              connection ->
                  AzureMonitorAutoConfigure.customize(
                      builder,
                      new AzureMonitorAutoConfigureOptions()
                          .connectionString(connection)
                          .httpClient(azureHttp.get())));
      // After Azure Monitor's defaults, so that medallion's win over them; the environment's
      // variables, given last, win over both.
      builder.addPropertiesSupplier(destinations::defaults);
      builder.addPropertiesCustomizer(config -> destinations.properties());
      return builder.build().getOpenTelemetrySdk();
    } catch (RuntimeException e) {
      // Without the cause: its message may quote a connection string or a header.
      throw new IllegalArgumentException(
          "The telemetry settings were refused (%s): %s"
              .formatted(e.getClass().getSimpleName(), destinations.redacted(e.getMessage())));
    }
  }

  private void flush() {
    CompletableResultCode flushed =
        sdk.getSdkMeterProvider().forceFlush().join(FLUSH_SECONDS, TimeUnit.SECONDS);
    if (!flushed.isSuccess()) {
      warn.accept(
          "The run's metrics were not all exported within "
              + FLUSH_SECONDS
              + " s; the exporter's log says why");
    }
  }
}
