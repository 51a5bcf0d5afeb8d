package io.medallion.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs a command as a child process with its output in a log file, timing it and sampling its peak
 * resident memory from {@code /proc/<pid>/status} (VmHWM, which only grows) until it exits.
 */
final class ChildProcess {

  private static final long SAMPLE_MILLIS = 20;

  private ChildProcess() {}

  static Measured run(List<String> command, Path log) {
    try {
      Files.createDirectories(log.toAbsolutePath().getParent());
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      Path status = Path.of("/proc", Long.toString(process.pid()), "status");
      long peak = 0;
      while (!process.waitFor(SAMPLE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, highWaterMarkKb(status));
      }
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      return new Measured(process.exitValue(), wall, peak);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  /** The process's peak resident set so far, in KB; 0 once it is gone (or off Linux). */
  static long highWaterMarkKb(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
      return 0;
    } catch (IOException | UncheckedIOException e) {
      // the process ended between two samples
      return 0;
    }
  }
}
