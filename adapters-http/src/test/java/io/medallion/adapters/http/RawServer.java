package io.medallion.adapters.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 for the faults HttpServer cannot make: it answers each request
 * on its own connection, playing its replies in order and repeating the last one.
 */
final class RawServer implements AutoCloseable {

  /** One way of answering a request, writing to its connection. */
  interface Reply {
    void send(Socket connection) throws IOException;
  }

  private final ServerSocket listener;
  private final List<Reply> script;
  private final boolean readsRequests;
  private final AtomicInteger requests = new AtomicInteger();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Queue<Socket> open = new ConcurrentLinkedQueue<>();
  private final List<Socket> fillers = new ArrayList<>();

  private RawServer(ServerSocket listener, List<Reply> script, boolean readsRequests) {
    this.listener = listener;
    this.script = script;
    this.readsRequests = readsRequests;
  }

  static RawServer replying(Reply... script) throws IOException {
    return onPort(0, script);
  }

  static RawServer onPort(int port, Reply... script) throws IOException {
    RawServer server = new RawServer(bound(port, 50), List.of(script), true);
    server.start();
    return server;
  }

  /** Replies as soon as a connection is accepted, reading nothing: for faults below HTTP. */
  static RawServer replyingOnConnect(Reply... script) throws IOException {
    RawServer server = new RawServer(bound(0, 50), List.of(script), false);
    server.start();
    return server;
  }

  /**
   * A server whose accept queue is full and that accepts nothing until {@link #release()}: a
   * connection to it is neither accepted nor refused, so the client's connect timeout strikes.
   */
  static RawServer withFullBacklog(Reply... script) throws IOException {
    RawServer server = new RawServer(bound(0, 1), List.of(script), true);
    // The kernel queues a few handshakes beyond the backlog; fill until one is left hanging.
    for (int i = 0; i < 16; i++) {
      Socket filler = new Socket();
      try {
        filler.connect(server.listener.getLocalSocketAddress(), 200);
        server.fillers.add(filler);
      } catch (IOException hanging) {
        filler.close();
        return server;
      }
    }
    server.close();
    throw new IllegalStateException("the accept queue never filled; connect timeouts untestable");
  }

  /** Empties the full accept queue and starts answering. */
  void release() throws IOException {
    for (Socket filler : fillers) {
      filler.close();
    }
    listener.setSoTimeout(2000);
    for (int i = 0; i < fillers.size(); i++) {
      listener.accept().close();
    }
    listener.setSoTimeout(0);
    fillers.clear();
    start();
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort() + pathAndQuery);
  }

  int port() {
    return listener.getLocalPort();
  }

  /**
   * Requests read whole, not counting connections closed before they sent one; connections for a
   * server {@linkplain #replyingOnConnect replying on connect}.
   */
  int requests() {
    return requests.get();
  }

  private static ServerSocket bound(int port, int backlog) throws IOException {
    ServerSocket listener = new ServerSocket();
    listener.setReuseAddress(true);
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), backlog);
    return listener;
  }

  private void start() {
    threads.execute(
        () -> {
          while (!listener.isClosed()) {
            try {
              Socket connection = listener.accept();
              open.add(connection);
              threads.execute(() -> answer(connection));
            } catch (IOException closed) {
              return;
            }
          }
        });
  }

  private void answer(Socket connection) {
    try (connection) {
      if (readsRequests) {
        readRequestHead(connection.getInputStream());
      }
      int index = requests.getAndIncrement();
      script.get(Math.min(index, script.size() - 1)).send(connection);
    } catch (IOException | RuntimeException dropped) {
      // The client went away, or the reply hung up on purpose.
    }
  }

  private static void readRequestHead(InputStream in) throws IOException {
    int endOfLines = 0;
    while (endOfLines < 4) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("no request");
      }
      endOfLines = (b == '\r' || b == '\n') ? endOfLines + 1 : 0;
    }
  }

  @Override
  public void close() {
    try {
      listener.close();
      for (Socket socket : fillers) {
        socket.close();
      }
      for (Socket socket : open) {
        socket.close();
      }
    } catch (IOException ignored) {
      // Closing anyway.
    }
    threads.shutdownNow();
  }

  /** A whole 200 with a Content-Length and an ETag. */
  static Reply ok(byte[] body, String etag) {
    return connection ->
        write(connection, head(200, "Content-Length: " + body.length, "ETag: " + etag), body);
  }

  /** An answer without body, with the extra header lines given. */
  static Reply status(int code, String... headers) {
    return connection -> write(connection, head(code, with(headers, "Content-Length: 0")));
  }

  /** A 429 whose Retry-After is the HTTP date {@code seconds} from the time it is sent. */
  static Reply tooManyRequestsUntil(long seconds) {
    return connection -> {
      String date =
          DateTimeFormatter.RFC_1123_DATE_TIME.format(
              ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(seconds));
      status(429, "Retry-After: " + date).send(connection);
    };
  }

  /** Declares {@code body}'s length, sends {@code sent} bytes of it, then closes cleanly. */
  static Reply cutAfter(byte[] body, int sent) {
    return connection ->
        write(connection, head(200, "Content-Length: " + body.length), part(body, sent));
  }

  /** Declares {@code body}'s length, sends {@code sent} bytes of it, then resets the connection. */
  static Reply resetAfter(byte[] body, int sent) {
    return connection -> {
      write(connection, head(200, "Content-Length: " + body.length), part(body, sent));
      reset(connection);
    };
  }

  /** Resets the connection instead of answering. */
  static Reply reset() {
    return RawServer::reset;
  }

  /** A whole chunked body, in chunks of at most 8 bytes. */
  static Reply chunked(byte[] body, String etag) {
    return connection -> {
      ByteArrayOutputStream chunks = new ByteArrayOutputStream();
      for (int from = 0; from < body.length; from += 8) {
        int size = Math.min(8, body.length - from);
        chunks.write(ascii(Integer.toHexString(size) + "\r\n"));
        chunks.write(body, from, size);
        chunks.write(ascii("\r\n"));
      }
      chunks.write(ascii("0\r\n\r\n"));
      write(
          connection,
          head(200, "Transfer-Encoding: chunked", "ETag: " + etag),
          chunks.toByteArray());
    };
  }

  /** Announces one chunk of {@code body}'s length, sends {@code sent} bytes, then closes. */
  static Reply cutChunked(byte[] body, int sent) {
    return connection -> {
      byte[] start = ascii(Integer.toHexString(body.length) + "\r\n");
      write(connection, head(200, "Transfer-Encoding: chunked"), start, part(body, sent));
    };
  }

  /** No length, no chunks: {@code sent} bytes of {@code body}, then a clean close. */
  static Reply closeDelimited(byte[] body, int sent, String... headers) {
    return connection -> write(connection, head(200, headers), part(body, sent));
  }

  /** Like {@link #closeDelimited} with the whole body's Content-MD5 and an ETag. */
  static Reply closeDelimitedWithMd5(byte[] body, int sent, String etag) {
    return closeDelimited(body, sent, "Content-MD5: " + md5(body), "ETag: " + etag);
  }

  /**
   * Sends the head and {@code sent} bytes of {@code body}, then nothing until either side hangs up.
   */
  static Reply stallAfter(byte[] body, int sent) {
    return connection -> {
      write(connection, head(200, "Content-Length: " + body.length), part(body, sent));
      awaitHangUp(connection);
    };
  }

  /** Reads the request and never answers, until either side hangs up. */
  static Reply silent() {
    return RawServer::awaitHangUp;
  }

  private static void awaitHangUp(Socket connection) throws IOException {
    InputStream in = connection.getInputStream();
    while (in.read() >= 0) {
      // Whatever the client sends is ignored.
    }
  }

  private static void reset(Socket connection) throws IOException {
    connection.setSoLinger(true, 0);
    connection.close();
  }

  private static String head(int code, String... headers) {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(code).append(" Scripted\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    // One request per connection: the client never waits on a connection the script left.
    return head.append("Connection: close\r\n\r\n").toString();
  }

  private static String[] with(String[] headers, String more) {
    String[] all = Arrays.copyOf(headers, headers.length + 1);
    all[headers.length] = more;
    return all;
  }

  private static void write(Socket connection, String head, byte[]... parts) throws IOException {
    OutputStream out = connection.getOutputStream();
    out.write(ascii(head));
    for (byte[] part : parts) {
      out.write(part);
    }
    out.flush();
  }

  private static byte[] part(byte[] body, int length) {
    return Arrays.copyOf(body, length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static String md5(byte[] body) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
