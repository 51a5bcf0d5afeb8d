package io.medallion.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A storage account on 127.0.0.1 that refuses every request as ADLS and Blob storage refuse a bad
 * key or SAS: 403 with error code {@code AuthenticationFailed}. Its detail quotes the request's
 * whole address, SAS included, as services sometimes quote a bad query value: whoever shows the
 * service's message shows the secret.
 */
final class RefusingStorageAccount implements AutoCloseable {

  static final String ACCOUNT = "medallionlake";

  private final HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> queries = new CopyOnWriteArrayList<>();

  private RefusingStorageAccount(HttpServer server) {
    this.server = server;
  }

  static RefusingStorageAccount start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    RefusingStorageAccount account = new RefusingStorageAccount(server);
    server.createContext("/", account::refuse);
    server.start();
    return account;
  }

  /** The account's address, as {@code medallion.adls.endpoint} takes an emulator's. */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + ACCOUNT;
  }

  int requests() {
    return requests.get();
  }

  /** The query strings received, decoded: where a SAS travels. */
  List<String> queries() {
    return List.copyOf(queries);
  }

  private void refuse(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      queries.add(String.valueOf(exchange.getRequestURI().getQuery()));
      exchange.getRequestBody().readAllBytes();
      String requestId = UUID.randomUUID().toString();
      byte[] body =
          ("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>AuthenticationFailed</Code>"
                  + "<Message>Server failed to authenticate the request. Make sure the value of"
                  + " Authorization header is formed correctly including the signature.\n"
                  + "RequestId:"
                  + requestId
                  + "</Message><AuthenticationErrorDetail>Request "
                  + xml(exchange.getRequestURI().toString())
                  + " was not signed by a key of this account.</AuthenticationErrorDetail>"
                  + "</Error>")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/xml");
      exchange.getResponseHeaders().set("x-ms-error-code", "AuthenticationFailed");
      exchange.getResponseHeaders().set("x-ms-request-id", requestId);
      exchange.sendResponseHeaders(
          403, "HEAD".equals(exchange.getRequestMethod()) ? -1 : body.length);
      if (!"HEAD".equals(exchange.getRequestMethod())) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
