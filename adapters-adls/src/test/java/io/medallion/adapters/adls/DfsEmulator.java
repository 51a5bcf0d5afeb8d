package io.medallion.adapters.adls;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An ADLS Gen2 account on 127.0.0.1, reached at {@code http://127.0.0.1:<port>/<account>}: the DFS
 * operations the adapter uses (Path - Create, Update with append and flush, List, recursive or not,
 * rename through Create, Delete), the Blob reads the SDK makes for them (HEAD, GET), and the Blob
 * writes of the run lock (Put Blob, Lease Blob: acquire, renew, release), over a {@link PathTree}.
 * Every request must carry the SAS signature it was started with; every append must carry a
 * Content-MD5 that matches its body.
 */
final class DfsEmulator implements AutoCloseable {

  static final int PAGE = 2;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final PathTree tree = new PathTree();
  private final String signature;
  private final List<String> appendHashes = new CopyOnWriteArrayList<>();
  private final Map<String, Runnable> before = new ConcurrentHashMap<>();
  private volatile boolean damageNextAppend;
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> leases = new CopyOnWriteArrayList<>();

  private DfsEmulator(String signature) throws IOException {
    this.signature = signature;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", http -> handle(new DfsExchange(http)));
    server.setExecutor(threads);
    server.start();
  }

  /** A running emulator that accepts requests signed {@code sig=<signature>}. */
  static DfsEmulator start(String signature) throws IOException {
    return new DfsEmulator(signature);
  }

  String endpoint(String account) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + account;
  }

  PathTree tree() {
    return tree;
  }

  /** The Content-MD5 header of every append received, {@code "none"} where it was missing. */
  List<String> appendHashes() {
    return appendHashes;
  }

  /** Runs {@code action} once, when the next request of {@code operation} arrives. */
  void beforeNext(String operation, Runnable action) {
    before.put(operation, action);
  }

  /** The action of every Lease Blob request granted so far, in order. */
  List<String> leaseActions() {
    return leases;
  }

  /** How many requests arrived so far. */
  int requests() {
    return requests.get();
  }

  /** Flips a bit of the next append's body on arrival, as a fault on the wire would. */
  void damageNextAppend() {
    damageNextAppend = true;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(DfsExchange request) throws IOException {
    requests.incrementAndGet();
    try {
      if (!signature.equals(request.query.get("sig"))) {
        throw new DfsError(403, "AuthenticationFailed");
      }
      route(request);
    } catch (DfsError refused) {
      request.fail(refused);
    } catch (RuntimeException broken) {
      request.fail(new DfsError(500, "InternalError"));
    }
  }

  private void route(DfsExchange request) throws IOException {
    String fs = request.fileSystem;
    switch (request.method) {
      case "PUT" -> put(request, fs);
      case "PATCH" -> patch(request, fs);
      case "HEAD" -> BlobReads.properties(request, tree.get(fs, request.path));
      case "GET" -> {
        if ("filesystem".equals(request.query.get("resource"))) {
          list(request, fs);
        } else {
          BlobReads.read(request, tree.get(fs, request.path));
        }
      }
      case "DELETE" -> {
        boolean recursive = "true".equals(request.query.get("recursive"));
        tree.delete(
            fs, request.path, request.conditions(), request.header("x-ms-lease-id"), recursive);
        request.respond(200, new byte[0]);
      }
      default -> throw new DfsError(405, "UnsupportedHttpVerb");
    }
  }

  private void put(DfsExchange request, String fs) throws IOException {
    if (request.path.isEmpty()) {
      tree.createFileSystem(fs);
      request.respond(201, new byte[0]);
    } else if ("lease".equals(request.query.get("comp"))) {
      lease(request, fs);
    } else if (request.header("x-ms-blob-type") != null) {
      PathNode put =
          tree.putBlob(
              fs,
              request.path,
              request.body(),
              request.conditions(),
              request.header("x-ms-lease-id"));
      request.respond(201, put, new byte[0]);
    } else if (request.header("x-ms-rename-source") != null) {
      hook("rename");
      String source = request.header("x-ms-rename-source").split("\\?", 2)[0];
      source = DfsExchange.stripSlashes(URLDecoder.decode(source, StandardCharsets.UTF_8));
      if (!source.startsWith(fs + "/")) {
        throw new DfsError(400, "RenameAcrossFilesystemsNotSupported");
      }
      PathNode moved =
          tree.rename(
              fs,
              source.substring(fs.length() + 1),
              request.path,
              request.header("x-ms-source-if-match"),
              request.conditions());
      request.respond(201, moved, new byte[0]);
    } else {
      boolean directory = "directory".equals(request.query.get("resource"));
      request.respond(
          201, tree.create(fs, request.path, directory, request.conditions()), new byte[0]);
    }
  }

  private void lease(DfsExchange request, String fs) throws IOException {
    String action = request.header("x-ms-lease-action");
    String duration = request.header("x-ms-lease-duration");
    String id =
        tree.lease(
            fs,
            request.path,
            action,
            request.header("x-ms-lease-id"),
            request.header("x-ms-proposed-lease-id"),
            duration == null ? -1 : Long.parseLong(duration));
    leases.add(action);
    request.http.getResponseHeaders().set("x-ms-lease-id", id);
    request.respond("acquire".equals(action) ? 201 : 200, new byte[0]);
  }

  private void patch(DfsExchange request, String fs) throws IOException {
    String action = request.query.getOrDefault("action", "");
    long position = Long.parseLong(request.query.getOrDefault("position", "-1"));
    if (action.equals("append")) {
      hook("append");
      byte[] body = request.body();
      if (damageNextAppend && body.length > 0) {
        damageNextAppend = false;
        body[0] ^= 1;
      }
      checkMd5(request.header("Content-MD5"), body);
      tree.append(fs, request.path, position, body);
      request.respond(202, new byte[0]);
    } else if (action.equals("flush")) {
      hook("flush");
      request.respond(
          200, tree.flush(fs, request.path, position, request.conditions()), new byte[0]);
    } else {
      throw new DfsError(400, "InvalidQueryParameterValue");
    }
  }

  private void list(DfsExchange request, String fs) throws IOException {
    String directory = DfsExchange.stripSlashes(request.query.getOrDefault("directory", ""));
    boolean recursive = Boolean.parseBoolean(request.query.get("recursive"));
    List<Map.Entry<String, PathNode>> all = tree.list(fs, directory, recursive);
    int from = Integer.parseInt(request.query.getOrDefault("continuation", "0"));
    int to = Math.min(all.size(), from + PAGE);
    if (to < all.size()) {
      request.http.getResponseHeaders().set("x-ms-continuation", String.valueOf(to));
    }
    request.http.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    request.respond(200, PathListing.json(all.subList(from, to)));
  }

  private void checkMd5(String header, byte[] body) {
    appendHashes.add(header == null ? "none" : header);
    if (header == null) {
      // Stricter than the service, which makes the hash optional: the adapter must always send it.
      throw new DfsError(400, "Md5Required");
    }
    try {
      String actual =
          Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
      if (!actual.equals(header)) {
        throw new DfsError(400, "Md5Mismatch");
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void hook(String operation) {
    Runnable action = before.remove(operation);
    if (action != null) {
      action.run();
    }
  }
}
