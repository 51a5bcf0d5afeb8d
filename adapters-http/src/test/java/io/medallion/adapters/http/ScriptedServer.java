package io.medallion.adapters.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 that plays its answers in order, repeating the last one. */
final class ScriptedServer implements AutoCloseable {

  /** One way of answering a request. */
  interface Answer {
    void send(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger requests = new AtomicInteger();
  private final List<Answer> script;
  private final List<Headers> requestHeaders = new CopyOnWriteArrayList<>();
  private final List<String> requestLines = new CopyOnWriteArrayList<>();
  private final List<String> requestBodies = new CopyOnWriteArrayList<>();

  private ScriptedServer(List<Answer> script) throws IOException {
    this.script = script;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    // Several threads, so that a deliberately slow answer does not hold up the retry after it.
    server.setExecutor(threads);
    server.start();
  }

  static ScriptedServer answering(Answer... script) throws IOException {
    return new ScriptedServer(List.of(script));
  }

  /** A 200 with {@code body} and the headers given as name, value pairs. */
  static Answer ok(byte[] body, String... headers) {
    return exchange -> {
      withHeaders(exchange, headers);
      exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    };
  }

  /** An answer without body, with the headers given as name, value pairs. */
  static Answer status(int code, String... headers) {
    return exchange -> {
      withHeaders(exchange, headers);
      exchange.sendResponseHeaders(code, -1);
      exchange.close();
    };
  }

  /** Declares {@code body}'s full length, sends its first {@code sent} bytes, then hangs up. */
  static Answer cutShort(byte[] body, int sent) {
    return exchange -> {
      exchange.sendResponseHeaders(200, body.length);
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, sent);
      // Closing a short body throws, and a handler that throws makes the server drop the
      // connection: the client sees the body end early.
      out.close();
    };
  }

  /** Declares {@code body}'s full length, sends its first {@code sent} bytes, then goes quiet. */
  static Answer stall(byte[] body, int sent) {
    return exchange -> {
      exchange.sendResponseHeaders(200, body.length);
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, sent);
      out.flush();
    };
  }

  static Answer after(Duration delay, Answer answer) {
    return exchange -> {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      answer.send(exchange);
    };
  }

  private static void withHeaders(HttpExchange exchange, String... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      exchange.getResponseHeaders().add(namesAndValues[i], namesAndValues[i + 1]);
    }
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  int requests() {
    return requests.get();
  }

  /** The headers of request {@code index} (from 0). */
  Headers requestHeaders(int index) {
    return requestHeaders.get(index);
  }

  /** The method and path of request {@code index} (from 0): {@code POST /hooks/1}. */
  String requestLine(int index) {
    return requestLines.get(index);
  }

  /** The body of request {@code index} (from 0), read as UTF-8. */
  String requestBody(int index) {
    return requestBodies.get(index);
  }

  private void handle(HttpExchange exchange) throws IOException {
    requestHeaders.add(exchange.getRequestHeaders());
    requestLines.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
    requestBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    int index = requests.getAndIncrement();
    script.get(Math.min(index, script.size() - 1)).send(exchange);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
