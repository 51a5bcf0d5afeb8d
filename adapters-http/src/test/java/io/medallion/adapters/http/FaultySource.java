package io.medallion.adapters.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

/** A source on 127.0.0.1 that misbehaves in one way: once (then serves the file) or always. */
interface FaultySource extends AutoCloseable {

  /** Whether the fault is injected once or every time. */
  enum Mode {
    ONCE,
    ALWAYS
  }

  /** Opens a faulty source in a mode. */
  interface Opener {
    FaultySource open(Mode mode) throws Exception;
  }

  URI uri(String pathAndQuery);

  /** Runs before each retry's wait: where a fault injected once is taken away. */
  default void beforeRetry() {}

  /** The HTTP requests it read, to show what was not retried. */
  int requests();

  @Override
  void close();

  /** Answers with {@code fault}; once, then with {@code then}. */
  static Opener scripted(RawServer.Reply fault, RawServer.Reply then) {
    return mode ->
        of(mode == Mode.ONCE ? RawServer.replying(fault, then) : RawServer.replying(fault));
  }

  /** Nobody listens on its port; once, {@code then} starts to before the retry. */
  static Opener refusing(RawServer.Reply then) {
    return mode ->
        new FaultySource() {
          private final int port = freePort();
          private RawServer server;

          @Override
          public URI uri(String pathAndQuery) {
            return URI.create("http://127.0.0.1:" + port + pathAndQuery);
          }

          @Override
          public void beforeRetry() {
            if (mode == Mode.ONCE && server == null) {
              server = unchecked(() -> RawServer.onPort(port, then));
            }
          }

          @Override
          public int requests() {
            return server == null ? 0 : server.requests();
          }

          @Override
          public void close() {
            if (server != null) {
              server.close();
            }
          }
        };
  }

  /** Its accept queue is full, so connecting times out; once, it empties before the retry. */
  static Opener backlogged(RawServer.Reply then) {
    return mode -> {
      RawServer server = RawServer.withFullBacklog(then);
      return new FaultySource() {
        private boolean released;

        @Override
        public URI uri(String pathAndQuery) {
          return server.uri(pathAndQuery);
        }

        @Override
        public void beforeRetry() {
          if (mode == Mode.ONCE && !released) {
            released = true;
            unchecked(
                () -> {
                  server.release();
                  return server;
                });
          }
        }

        @Override
        public int requests() {
          return server.requests();
        }

        @Override
        public void close() {
          server.close();
        }
      };
    };
  }

  /** Serves {@code body} over HTTPS with a certificate nobody trusts, whatever the mode. */
  static Opener selfSigned(byte[] body) {
    return mode -> {
      SelfSignedServer server = SelfSignedServer.serving(body);
      return new FaultySource() {
        @Override
        public URI uri(String pathAndQuery) {
          return server.uri(pathAndQuery);
        }

        @Override
        public int requests() {
          return server.requests();
        }

        @Override
        public void close() {
          server.close();
        }
      };
    };
  }

  private static FaultySource of(RawServer server) {
    return new FaultySource() {
      @Override
      public URI uri(String pathAndQuery) {
        return server.uri(pathAndQuery);
      }

      @Override
      public int requests() {
        return server.requests();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Opening a server, where the hook that does it may not throw checked exceptions. */
  interface Opening {
    RawServer open() throws IOException;
  }

  private static RawServer unchecked(Opening opening) {
    try {
      return opening.open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
