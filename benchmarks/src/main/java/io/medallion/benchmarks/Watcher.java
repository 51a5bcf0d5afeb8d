package io.medallion.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code medallion watch} child process left running: its output in a log file read back for
 * batch lines, its peak resident memory sampled as {@link ChildProcess} does, and its stop by
 * SIGTERM.
 */
final class Watcher implements AutoCloseable {

  private static final Pattern BATCH =
      Pattern.compile("batch (\\S+) (succeeded|failed) in ([0-9.]+) s");

  private final Process process;
  private final Path log;
  private final AtomicLong peakKb = new AtomicLong();

  private Watcher(Process process, Path log) {
    this.process = process;
    this.log = log;
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    Thread sampler =
        new Thread(
            () -> {
              while (process.isAlive()) {
                peakKb.accumulateAndGet(ChildProcess.highWaterMarkKb(status), Math::max);
                sleep(Duration.ofMillis(20));
              }
            },
            "watch-rss");
    sampler.setDaemon(true);
    sampler.start();
  }

  static Watcher start(List<String> command, Path log) throws IOException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new Watcher(process, log);
  }

  /** The seconds of each batch line printed so far, in order (a failed batch's too). */
  List<BatchLine> batches() {
    return lines().stream().map(Watcher::batchLine).flatMap(Optional::stream).toList();
  }

  /** A batch line's run, outcome and seconds, or empty for any other line. */
  static Optional<BatchLine> batchLine(String line) {
    Matcher matcher = BATCH.matcher(line);
    return matcher.find()
        ? Optional.of(
            new BatchLine(
                matcher.group(1),
                matcher.group(2).equals("succeeded"),
                Double.parseDouble(matcher.group(3))))
        : Optional.empty();
  }

  /** Fails, naming the log, unless the watcher is still running. */
  void requireAlive(String while_) {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "medallion watch exited with " + process.exitValue() + " " + while_ + ": see " + log);
    }
  }

  /** SIGTERM, then its {@code stopped:} line; fails unless it exits 0 within {@code wait}. */
  String stop(Duration wait) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException(
          "medallion watch did not stop within " + wait + " of SIGTERM: see " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "medallion watch exited with " + process.exitValue() + " on SIGTERM: see " + log);
    }
    return lines().stream()
        .filter(l -> l.startsWith("stopped:"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no `stopped:` line in " + log));
  }

  long peakRssMb() {
    return peakKb.get() / 1024;
  }

  @Override
  public void close() {
    // A bench that failed midway must not leave a JVM holding the lake.
    process.destroyForcibly();
  }

  private List<String> lines() {
    try {
      return Files.readAllLines(log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + log, e);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** One line a watch prints per batch. */
  record BatchLine(String runId, boolean succeeded, double seconds) {}
}
