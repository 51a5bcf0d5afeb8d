package io.medallion.adapters.adls;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One request to the emulator: its parts as the service reads them, and the way to answer. */
final class DfsExchange {

  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  final HttpExchange http;
  final String method;
  final String account;
  final String fileSystem;
  final String path;
  final Map<String, String> query;

  DfsExchange(HttpExchange http) {
    this.http = http;
    this.method = http.getRequestMethod();
    String[] parts = http.getRequestURI().getPath().substring(1).split("/", 3);
    this.account = parts[0];
    this.fileSystem = parts.length > 1 ? parts[1] : "";
    this.path = parts.length > 2 ? stripSlashes(parts[2]) : "";
    this.query = parse(http.getRequestURI().getRawQuery());
  }

  String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  PathTree.Conditions conditions() {
    return new PathTree.Conditions(header("If-Match"), header("If-None-Match"));
  }

  byte[] body() throws IOException {
    return http.getRequestBody().readAllBytes();
  }

  /** Whether the request went to the Blob API, which the SDK uses to read, probe and lease. */
  boolean blobStyle() {
    return method.equals("HEAD")
        || (method.equals("GET") && !query.containsKey("resource"))
        || query.containsKey("comp")
        || header("x-ms-blob-type") != null;
  }

  void respond(int status, PathNode node, byte[] body) throws IOException {
    if (node != null) {
      http.getResponseHeaders().set("ETag", node.etag);
      http.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(node.modified));
    }
    respond(status, body);
  }

  void respond(int status, byte[] body) throws IOException {
    http.getResponseHeaders().set("x-ms-request-id", UUID.randomUUID().toString());
    http.getResponseHeaders().set("x-ms-version", "2025-05-05");
    http.getResponseHeaders().set("Date", HTTP_DATE.format(Instant.now()));
    // The JDK server sends a length of 0 as chunked; -1 is its way of saying "no body".
    boolean empty = body.length == 0 || method.equals("HEAD");
    http.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = http.getResponseBody()) {
        out.write(body);
      }
    }
    http.close();
  }

  void fail(DfsError error) throws IOException {
    http.getResponseHeaders().set("x-ms-error-code", error.code);
    String body;
    if (blobStyle()) {
      http.getResponseHeaders().set("Content-Type", "application/xml");
      body =
          "<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>"
              + error.code
              + "</Code><Message>emulated</Message></Error>";
    } else {
      http.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      body = "{\"error\":{\"code\":\"" + error.code + "\",\"message\":\"emulated\"}}";
    }
    respond(error.status, body.getBytes(StandardCharsets.UTF_8));
  }

  static String stripSlashes(String path) {
    String stripped = path;
    while (stripped.endsWith("/")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    while (stripped.startsWith("/")) {
      stripped = stripped.substring(1);
    }
    return stripped;
  }

  private static Map<String, String> parse(String rawQuery) {
    Map<String, String> query = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return query;
  }
}
