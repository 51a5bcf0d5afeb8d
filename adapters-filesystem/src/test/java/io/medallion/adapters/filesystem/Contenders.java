package io.medallion.adapters.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.run.RunId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link LockContender}s, each in a JVM of its own, and tells them when to start and stop. */
final class Contenders implements AutoCloseable {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Path lake;
  private final Path signals;
  private final List<Process> processes = new ArrayList<>();
  private final List<RunId> runs = new ArrayList<>();

  Contenders(Path lake, Path signals) throws IOException {
    this.lake = lake;
    this.signals = Files.createDirectories(signals);
  }

  /** A process that has run and exited; its pid names no process for a while. */
  static long pidOfAnExitedProcess() throws Exception {
    Process process =
        new ProcessBuilder(java(), "-version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    return process.pid();
  }

  Process start(RunId run) throws IOException {
    Process process =
        new ProcessBuilder(
                java(),
                "-cp",
                System.getProperty("java.class.path"),
                LockContender.class.getName(),
                lake.toString(),
                run.value(),
                signals.toString())
            .redirectErrorStream(true)
            .redirectOutput(signals.resolve("output-" + run).toFile())
            .start();
    processes.add(process);
    runs.add(run);
    return process;
  }

  /** Starts every contender at once, once all are ready, and gives each one's outcome. */
  List<String> race() throws Exception {
    for (RunId run : runs) {
      awaitFile("ready-" + run);
    }
    Files.writeString(signals.resolve("go"), "");
    List<String> outcomes = new ArrayList<>();
    for (RunId run : runs) {
      outcomes.add(Files.readString(awaitFile(run.value())));
    }
    return outcomes;
  }

  private Path awaitFile(String name) throws Exception {
    Path file = signals.resolve(name);
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + name + " from the contenders: " + output());
      }
      Thread.sleep(5);
    }
    return file;
  }

  private String output() throws IOException {
    StringBuilder all = new StringBuilder();
    for (RunId run : runs) {
      Path log = signals.resolve("output-" + run);
      all.append('\n')
          .append(run)
          .append(": ")
          .append(Files.exists(log) ? Files.readString(log) : "");
    }
    return all.toString();
  }

  @Override
  public void close() throws Exception {
    Files.writeString(signals.resolve("stop"), "");
    for (Process process : processes) {
      if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
