package io.medallion.adapters.http;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An HTTPS server on 127.0.0.1 serving one file, with a self-signed certificate made at test time
 * by the JDK's keytool: trusted by no default client, by design.
 */
final class SelfSignedServer implements AutoCloseable {

  private static final char[] PASSWORD = "changeit".toCharArray();
  private static KeyStore keyStore;

  private final HttpsServer server;
  private final AtomicInteger requests = new AtomicInteger();

  private SelfSignedServer(byte[] body) throws IOException, GeneralSecurityException {
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(keyStore(), PASSWORD);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(keys.getKeyManagers(), null, null);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  static SelfSignedServer serving(byte[] body) throws IOException, GeneralSecurityException {
    return new SelfSignedServer(body);
  }

  URI uri(String pathAndQuery) {
    return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  int requests() {
    return requests.get();
  }

  /** A TLS context that trusts this server's certificate, to show the server itself works. */
  static SSLContext trusting() throws IOException, GeneralSecurityException {
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(keyStore());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    return tls;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  // Made once per test run: keytool takes about half a second.
  private static synchronized KeyStore keyStore() throws IOException, GeneralSecurityException {
    if (keyStore == null) {
      Path folder = Files.createTempDirectory("medallion-tls");
      Path file = folder.resolve("server.p12");
      try {
        runKeytool(file);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
          store.load(in, PASSWORD);
        }
        keyStore = store;
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
      }
    }
    return keyStore;
  }

  private static void runKeytool(Path file) throws IOException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-alias",
                    "server",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=127.0.0.1",
                    "-ext",
                    "san=ip:127.0.0.1",
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    file.toString(),
                    "-storepass",
                    new String(PASSWORD),
                    "-keypass",
                    new String(PASSWORD)))
            .redirectErrorStream(true)
            .start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException("keytool failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while keytool ran", e);
    } finally {
      process.destroy();
    }
  }
}
