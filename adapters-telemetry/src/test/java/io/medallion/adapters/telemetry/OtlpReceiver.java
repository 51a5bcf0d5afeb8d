package io.medallion.adapters.telemetry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An OTLP/HTTP receiver on the loopback: decodes each POST /v1/metrics it gets. */
final class OtlpReceiver implements AutoCloseable {

  /**
   * One data point as it last arrived: a counter's value, or a histogram's sum and count ({@code
   * count} is 0 for a counter).
   */
  record Point(
      String name, String unit, Map<String, String> attributes, double value, long count) {}

  private final HttpServer server;
  private final List<ExportMetricsServiceRequest> requests = new CopyOnWriteArrayList<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();

  OtlpReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** What arrived anywhere but a protobuf POST to /v1/metrics. */
  List<String> refused() {
    return List.copyOf(refused);
  }

  List<String> serviceNames() {
    return requests.stream()
        .flatMap(r -> r.getResourceMetricsList().stream())
        .map(ResourceMetrics::getResource)
        .flatMap(r -> r.getAttributesList().stream())
        .filter(kv -> kv.getKey().equals("service.name"))
        .map(kv -> text(kv.getValue()))
        .toList();
  }

  /** Every series' latest point (the exporters' temporality is cumulative: its total). */
  Collection<Point> points() {
    Map<String, Point> latest = new LinkedHashMap<>();
    for (ExportMetricsServiceRequest request : requests) {
      request.getResourceMetricsList().stream()
          .flatMap(r -> r.getScopeMetricsList().stream())
          .flatMap(s -> s.getMetricsList().stream())
          .flatMap(m -> points(m).stream())
          .forEach(p -> latest.put(p.name() + p.attributes(), p));
    }
    return latest.values();
  }

  List<Point> points(String name) {
    return points().stream().filter(p -> p.name().equals(name)).toList();
  }

  private static List<Point> points(Metric metric) {
    List<Point> points = new ArrayList<>();
    for (NumberDataPoint p : metric.getSum().getDataPointsList()) {
      double value = p.hasAsInt() ? p.getAsInt() : p.getAsDouble();
      points.add(
          new Point(metric.getName(), metric.getUnit(), map(p.getAttributesList()), value, 0));
    }
    for (HistogramDataPoint p : metric.getHistogram().getDataPointsList()) {
      points.add(
          new Point(
              metric.getName(),
              metric.getUnit(),
              map(p.getAttributesList()),
              p.getSum(),
              p.getCount()));
    }
    return points;
  }

  private static Map<String, String> map(List<KeyValue> attributes) {
    Map<String, String> map = new TreeMap<>();
    attributes.forEach(kv -> map.put(kv.getKey(), text(kv.getValue())));
    return map;
  }

  private static String text(AnyValue value) {
    return switch (value.getValueCase()) {
      case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
      case INT_VALUE -> Long.toString(value.getIntValue());
      case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
      default -> value.getStringValue();
    };
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream body = exchange.getRequestBody()) {
      byte[] bytes = body.readAllBytes();
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      if (!exchange.getRequestMethod().equals("POST")
          || !exchange.getRequestURI().getPath().equals("/v1/metrics")
          || !"application/x-protobuf".equals(type)) {
        refused.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + type);
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      try {
        requests.add(ExportMetricsServiceRequest.parseFrom(bytes));
      } catch (RuntimeException | Error | IOException e) {
        // Said by the test, which would otherwise only see a connection closed
        refused.add("undecodable: " + e);
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      byte[] answer = ExportMetricsServiceResponse.getDefaultInstance().toByteArray();
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
