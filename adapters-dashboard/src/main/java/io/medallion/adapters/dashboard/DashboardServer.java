package io.medallion.adapters.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.out.ReportingView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Serves the dashboard on 127.0.0.1: the page at {@code /} and each view's rows at {@code
 * /api/<view>}, read from the warehouse on every request so a new run shows without a restart.
 */
public final class DashboardServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads;

  private DashboardServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Starts serving on the loopback address; port 0 takes any free port. */
  public static DashboardServer start(ReadReportingViewUseCase views, int port) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
    ViewReader reader = new ViewReader(views);
    DashboardPage page = new DashboardPage(views, Clock.systemUTC());
    server.createContext("/", exchange -> answer(exchange, () -> root(exchange, page)));
    server.createContext("/api", exchange -> answer(exchange, () -> api(exchange, reader)));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    server.setExecutor(threads);
    server.start();
    return new DashboardServer(server, threads);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private static Response root(HttpExchange exchange, DashboardPage page) {
    String path = exchange.getRequestURI().getPath();
    if (!path.equals("/") && !path.equals("/index.html")) {
      return Response.json(404, "{\"error\":" + JsonText.quote("no page at " + path) + "}");
    }
    return new Response(200, "text/html; charset=utf-8", page.render());
  }

  private static Response api(HttpExchange exchange, ViewReader reader) {
    String path = exchange.getRequestURI().getPath().replaceFirst("^/api/?", "");
    if (path.isEmpty()) {
      return Response.json(200, index());
    }
    Optional<ReportingView> view = ReportingView.named(path);
    if (view.isEmpty()) {
      return Response.json(404, "{\"error\":" + JsonText.quote("no view " + path) + "}");
    }
    return Response.json(200, reader.json(view.get()));
  }

  private static String index() {
    return Arrays.stream(ReportingView.values())
        .map(v -> JsonText.quote("/api/" + v.viewName()))
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static void answer(HttpExchange exchange, java.util.function.Supplier<Response> work)
      throws IOException {
    Response response;
    if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
      response = Response.json(405, "{\"error\":\"only GET\"}");
    } else {
      try {
        response = work.get();
      } catch (RuntimeException e) {
        // A warehouse being written by a run, or without the views yet: say so, keep serving.
        response =
            Response.json(
                503, "{\"error\":" + JsonText.quote(String.valueOf(e.getMessage())) + "}");
      }
    }
    response.send(exchange);
  }

  /** One answer: status, type and body. */
  private record Response(int status, String type, String body) {

    static Response json(int status, String body) {
      return new Response(status, "application/json; charset=utf-8", body);
    }

    void send(HttpExchange exchange) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        if (!head) {
          out.write(bytes);
        }
      }
    }
  }
}
