package io.medallion.adapters.adls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Azurite's Blob service, the one installed by {@code .ci/run} into {@code .ci/azurite}, running on
 * 127.0.0.1 on a port it picks itself, its data in a temporary folder; closing it ends its process
 * tree and removes the folder.
 */
final class Azurite implements AutoCloseable {

  static final String ACCOUNT = "devstoreaccount1";
  static final String KEY_ENV = "AZURITE_ACCOUNT_KEY";
  // Azurite's well-known development key, documented by Microsoft for every emulator install.
  private static final String KEY =
      "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
  private static final Pattern LISTENING =
      Pattern.compile("listens on http://127\\.0\\.0\\.1:(\\d+)");

  private final Process process;
  private final Path location;
  private final int port;

  private Azurite(Process process, Path location, int port) {
    this.process = process;
    this.location = location;
    this.port = port;
  }

  /** The {@code azurite-blob} command {@code npm ci --prefix .ci/azurite} installs. */
  static Path binary() {
    // Surefire runs in the module's folder; the repository's root is its parent.
    return Path.of("..")
        .toAbsolutePath()
        .normalize()
        .resolve(".ci/azurite/node_modules/.bin/azurite-blob");
  }

  static Azurite start() throws IOException {
    Path location = Files.createTempDirectory("azurite");
    Process process =
        new ProcessBuilder(
                binary().toString(),
                "--blobHost",
                "127.0.0.1",
                "--blobPort",
                "0",
                "--location",
                location.toString(),
                "--skipApiVersionCheck",
                "--loose",
                "--silent")
            .redirectErrorStream(true)
            .start();
    try {
      return new Azurite(process, location, awaitPort(process));
    } catch (IOException | RuntimeException e) {
      stop(process.toHandle());
      removeFolder(location);
      throw e;
    }
  }

  /** The account's endpoint, for both APIs. */
  String endpoint() {
    return "http://127.0.0.1:" + port + "/" + ACCOUNT;
  }

  /** Settings of a lake in folder {@code root} of file system {@code fileSystem} of Azurite. */
  AdlsSettings settings(String fileSystem, String root) {
    return AdlsSettings.withSecret(ACCOUNT, fileSystem, root, AdlsAuth.ACCOUNT_KEY, KEY_ENV)
        .withEndpoint(endpoint());
  }

  /** The environment the account key is read from. */
  static Map<String, String> environment() {
    return Map.of(KEY_ENV, KEY);
  }

  @Override
  public void close() {
    stop(process.toHandle());
    removeFolder(location);
  }

  private static int awaitPort(Process process) throws IOException {
    StringBuilder said = new StringBuilder();
    CompletableFuture<Integer> listening = new CompletableFuture<>();
    Thread reader =
        new Thread(() -> readOutput(process, said, listening), "azurite-output-" + process.pid());
    // It keeps reading what Azurite says for as long as it runs, so that its pipe never fills.
    reader.setDaemon(true);
    reader.start();
    try {
      return listening.get(30, TimeUnit.SECONDS);
    } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
      throw new IOException("Azurite did not start; it said: " + said, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while Azurite started", e);
    }
  }

  private static void readOutput(
      Process process, StringBuilder said, CompletableFuture<Integer> listening) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        Matcher port = LISTENING.matcher(line);
        if (port.find()) {
          listening.complete(Integer.parseInt(port.group(1)));
        } else if (!listening.isDone()) {
          said.append(line).append('\n');
        }
      }
      listening.completeExceptionally(new IOException("Azurite exited"));
    } catch (IOException e) {
      listening.completeExceptionally(e);
    }
  }

  private static void stop(ProcessHandle process) {
    Stream.concat(process.descendants(), Stream.of(process)).forEach(ProcessHandle::destroy);
    try {
      process.onExit().get(10, TimeUnit.SECONDS);
    } catch (Exception stillThere) {
      Stream.concat(process.descendants(), Stream.of(process))
          .forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static void removeFolder(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove Azurite's folder " + folder, e);
    }
  }
}
