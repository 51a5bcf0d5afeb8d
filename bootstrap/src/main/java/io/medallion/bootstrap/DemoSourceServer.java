package io.medallion.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.medallion.adapters.cli.ServedLookups;
import io.medallion.application.run.LookupSource;
import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's stand-in for the tutorial's GitHub source: serves the four lookup files of a folder
 * over HTTP on 127.0.0.1, on a free port, until closed.
 */
final class DemoSourceServer implements ServedLookups {

  private final HttpServer server;
  private final Path folder;

  private DemoSourceServer(HttpServer server, Path folder) {
    this.server = server;
    this.folder = folder;
  }

  static DemoSourceServer serve(Path folder) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    DemoSourceServer demo = new DemoSourceServer(server, folder);
    server.createContext("/", demo::handle);
    server.start();
    return demo;
  }

  @Override
  public List<LookupSource> sources() {
    int port = server.getAddress().getPort();
    return Feed.lookups().stream()
        .map(
            f ->
                new LookupSource(
                    f, URI.create("http://127.0.0.1:" + port + "/" + f.fileStem() + ".csv")))
        .toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring(1);
      boolean served =
          Feed.lookups().stream().anyMatch(f -> (f.fileStem() + ".csv").equals(name))
              && Files.isRegularFile(folder.resolve(name));
      if (!served) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = Files.readAllBytes(folder.resolve(name));
      exchange.getResponseHeaders().set("Content-Type", "text/csv; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
