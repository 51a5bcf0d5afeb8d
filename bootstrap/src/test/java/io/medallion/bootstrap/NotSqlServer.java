package io.medallion.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that is not SQL Server: it answers whatever a client sends first with an
 * HTTP refusal and hangs up, as a wrong host or port would.
 */
final class NotSqlServer implements AutoCloseable {

  private final ServerSocket socket;
  private final AtomicInteger connections = new AtomicInteger();

  private NotSqlServer(ServerSocket socket) {
    this.socket = socket;
  }

  static NotSqlServer start() throws IOException {
    NotSqlServer server =
        new NotSqlServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
    Thread accepting = new Thread(server::accept, "not-sql-server");
    accepting.setDaemon(true);
    accepting.start();
    return server;
  }

  int port() {
    return socket.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        connections.incrementAndGet();
        InputStream in = client.getInputStream();
        in.read(new byte[8192]);
        OutputStream out = client.getOutputStream();
        out.write(
            "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // A client that hung up first, or the server closing: either way, the next one.
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
