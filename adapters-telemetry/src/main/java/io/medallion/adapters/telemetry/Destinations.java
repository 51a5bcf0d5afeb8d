package io.medallion.adapters.telemetry;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the environment asks metrics to go: an OTLP endpoint, Application Insights, both or
 * neither. The OTEL_* variables themselves are read by OpenTelemetry's autoconfiguration; this only
 * hands them over, by the property names it gives them, and keeps their secrets out of messages.
 */
record Destinations(Map<String, String> environment) {

  static final String CONNECTION_STRING = "APPLICATIONINSIGHTS_CONNECTION_STRING";
  private static final List<String> OTLP_ENDPOINTS =
      List.of("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT");
  private static final List<String> SECRETS =
      List.of(
          CONNECTION_STRING, "OTEL_EXPORTER_OTLP_HEADERS", "OTEL_EXPORTER_OTLP_METRICS_HEADERS");
  private static final String REDACTED = "<redacted>";

  Destinations {
    environment = Map.copyOf(environment);
  }

  boolean otlp() {
    return OTLP_ENDPOINTS.stream().anyMatch(name -> set(name).isPresent());
  }

  Optional<String> applicationInsights() {
    return set(CONNECTION_STRING);
  }

  boolean any() {
    return otlp() || applicationInsights().isPresent();
  }

  /**
   * What medallion sets unless the environment says otherwise: its service name, OTLP over HTTP
   * (the only sender bundled), metrics alone, and none of Application Insights' live metrics, whose
   * polling a short run has no use for.
   */
  Map<String, String> defaults() {
    Map<String, String> defaults = new HashMap<>();
    defaults.put("otel.service.name", "medallion");
    defaults.put("otel.exporter.otlp.protocol", "http/protobuf");
    defaults.put("otel.traces.exporter", "none");
    defaults.put("otel.logs.exporter", "none");
    defaults.put("applicationinsights.live.metrics.enabled", "false");
    List<String> exporters = new ArrayList<>();
    if (otlp()) {
      exporters.add("otlp");
    }
    if (applicationInsights().isPresent()) {
      exporters.add("azure_monitor");
    }
    defaults.put("otel.metrics.exporter", String.join(",", exporters));
    return defaults;
  }

  /**
   * The environment's OTEL_* and APPLICATIONINSIGHTS_* variables under the property names
   * OpenTelemetry reads them by ({@code OTEL_METRIC_EXPORT_INTERVAL} is {@code
   * otel.metric.export.interval}), the values untouched.
   */
  Map<String, String> properties() {
    Map<String, String> properties = new HashMap<>();
    environment.forEach(
        (name, value) -> {
          if (name.startsWith("OTEL_") || name.startsWith("APPLICATIONINSIGHTS_")) {
            properties.put(name.toLowerCase(Locale.ROOT).replace('_', '.'), value);
          }
        });
    return properties;
  }

  /** {@code message} without the connection string, the OTLP headers, or any header's value. */
  String redacted(String message) {
    if (message == null) {
      return "";
    }
    String redacted = message;
    List<String> secrets =
        SECRETS.stream()
            .flatMap(name -> set(name).stream())
            .flatMap(value -> Stream.concat(Stream.of(value), parts(value)))
            .flatMap(secret -> Stream.of(secret, decoded(secret)))
            // shorter pieces are no secret, and would redact whatever else they match
            .filter(secret -> secret.length() >= 4)
            .distinct()
            .sorted((a, b) -> b.length() - a.length())
            .toList();
    for (String secret : secrets) {
      redacted = redacted.replace(secret, REDACTED);
    }
    return redacted;
  }

  /** The values of a {@code k=v,k=v} or {@code k=v;k=v} list. */
  private static Stream<String> parts(String value) {
    return Stream.of(value.split("[,;]")).map(pair -> pair.substring(pair.indexOf('=') + 1).trim());
  }

  private static String decoded(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  private Optional<String> set(String name) {
    return Optional.ofNullable(environment.get(name)).filter(value -> !value.isBlank());
  }
}
