package io.medallion.bootstrap;

import io.medallion.adapters.telemetry.Telemetry;
import io.medallion.application.port.out.RunProgress;

/**
 * The process's one exporter of run metrics, made from its environment when a run first needs it
 * (nothing starts unless an OTLP endpoint or an Application Insights connection string is set) and
 * shut down as the process exits, after the last run's metrics were flushed.
 */
final class ProcessTelemetry {

  private static Telemetry telemetry;

  private ProcessTelemetry() {}

  static synchronized RunProgress progress() {
    if (telemetry == null) {
      telemetry = Telemetry.from(System.getenv());
      Runtime.getRuntime().addShutdownHook(new Thread(telemetry::close, "medallion-telemetry"));
    }
    return telemetry.progress();
  }
}
