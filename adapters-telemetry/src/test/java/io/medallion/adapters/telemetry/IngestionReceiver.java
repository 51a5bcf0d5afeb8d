package io.medallion.adapters.telemetry;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.util.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import reactor.core.publisher.Mono;

/**
 * Application Insights' ingestion on the loopback: takes the exporter's POSTs to /v2.1/track
 * (gzipped JSON, one item a line) and answers every other request too; its {@link #client()}
 * carries whatever the exporter sends, to whatever host, here.
 */
final class IngestionReceiver implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final List<JsonNode> items = new CopyOnWriteArrayList<>();
  private final List<String> others = new CopyOnWriteArrayList<>();
  private final List<String> asked = new CopyOnWriteArrayList<>();

  IngestionReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** Every telemetry item tracked, as JSON. */
  List<JsonNode> items() {
    return List.copyOf(items);
  }

  /** The requests that were not a track: method and path. */
  List<String> others() {
    return List.copyOf(others);
  }

  /** Every address the exporter asked for, before the client brought it here. */
  List<String> asked() {
    return List.copyOf(asked);
  }

  /** An Azure HTTP client that sends every request here, whatever its host. */
  HttpClient client() {
    HttpClient jdk = new JdkHttpClientBuilder().build();
    return new HttpClient() {
      @Override
      public Mono<HttpResponse> send(HttpRequest request) {
        return jdk.send(here(request));
      }

      @Override
      public Mono<HttpResponse> send(HttpRequest request, Context context) {
        return jdk.send(here(request), context);
      }

      @Override
      public HttpResponse sendSync(HttpRequest request, Context context) {
        return jdk.sendSync(here(request), context);
      }
    };
  }

  private HttpRequest here(HttpRequest request) {
    URL url = request.getUrl();
    asked.add(url.toString());
    try {
      return request.setUrl(
          new URL("http", "127.0.0.1", server.getAddress().getPort(), url.getFile()));
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      String answer = "{}";
      if (exchange.getRequestMethod().equals("POST") && path.endsWith("/v2.1/track")) {
        List<String> lines = lines(body, exchange.getRequestHeaders().getFirst("Content-Encoding"));
        for (String line : lines) {
          items.add(JSON.readTree(line));
        }
        answer =
            "{\"itemsReceived\":%d,\"itemsAccepted\":%d,\"errors\":[]}"
                .formatted(lines.size(), lines.size());
      } else {
        others.add(exchange.getRequestMethod() + " " + path);
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static List<String> lines(byte[] body, String encoding) {
    try (InputStream in =
        "gzip".equalsIgnoreCase(encoding)
            ? new GZIPInputStream(new ByteArrayInputStream(body))
            : new ByteArrayInputStream(body)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
