package io.medallion.bootstrap.cluster;

import io.medallion.bootstrap.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One {@code medallion demo} over a sample folder, in a JVM of its own started from the packaged
 * jar, on a Spark target; what it leaves: the warehouse file and the tasks per executor.
 */
record DemoRun(Path folder, Path warehouse, Map<String, Long> tasksPerExecutor) {

  private static final Duration TIMEOUT = Duration.ofMinutes(6);

  /**
   * Starts the demo in {@code folder}, its working folder; the workdir and the sample are given
   * relative to it, so a path that reaches an executor unresolved points nowhere there.
   */
  static Running start(PackagedJar jar, SparkTarget target, Path folder, Path sample)
      throws IOException {
    Files.createDirectories(folder);
    Running run = new Running(target, folder, folder.resolve("demo.log"));
    ProcessBuilder builder =
        new ProcessBuilder(command(jar, target, run.tally(), folder.relativize(sample)))
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(run.log().toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.environment().putAll(target.environment());
    run.process = builder.start();
    return run;
  }

  private static List<String> command(
      PackagedJar jar, SparkTarget target, Path tally, Path sample) {
    List<String> command = new ArrayList<>();
    command.add(jar.java().toString());
    command.addAll(jar.jvmFlags());
    command.add("-Xmx1500m");
    command.add("-Dmedallion.spark.master=" + target.master());
    command.add("-Dspark.extraListeners=" + ExecutorTally.class.getName());
    command.add("-D" + ExecutorTally.FILE + "=" + tally.toAbsolutePath());
    target.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-cp", jar.classPath(), Main.class.getName()));
    command.addAll(List.of("demo", "--source-dir", sample.toString(), "--workdir", "workdir"));
    return command;
  }

  /** A demo under way; {@link #finish()} waits for it. */
  static final class Running {

    private final SparkTarget target;
    private final Path folder;
    private final Path log;
    private Process process;

    private Running(SparkTarget target, Path folder, Path log) {
      this.target = target;
      this.folder = folder;
      this.log = log;
    }

    Path log() {
      return log;
    }

    Path tally() {
      return folder.resolve("executor-tally");
    }

    /** The finished run; fails with the end of its log (and the executors') unless it succeeded. */
    DemoRun finish() throws IOException, InterruptedException {
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw failure("ran over " + TIMEOUT);
      }
      if (process.exitValue() != 0) {
        throw failure("exited with " + process.exitValue());
      }
      return new DemoRun(
          folder,
          folder.resolve("workdir/warehouse/medallion.duckdb"),
          ExecutorTally.read(tally()));
    }

    /** Stops a run that is no longer wanted (another one failed). */
    void stop() throws InterruptedException {
      if (process != null && process.isAlive()) {
        process.destroyForcibly().waitFor();
      }
    }

    private AssertionError failure(String what) throws IOException {
      return new AssertionError(
          "the demo on " + target.master() + " " + what + ":\n" + tail(log) + executorLogs());
    }

    /** An executor's own stderr is the only place its exceptions are written in full. */
    private String executorLogs() throws IOException {
      String sparkHome = target.environment().get("SPARK_HOME");
      if (sparkHome == null || !Files.isDirectory(Path.of(sparkHome, "work"))) {
        return "";
      }
      StringBuilder logs = new StringBuilder();
      try (Stream<Path> files = Files.walk(Path.of(sparkHome, "work"))) {
        for (Path stderr : files.filter(f -> f.endsWith("stderr")).sorted().toList()) {
          logs.append("\n--- ").append(stderr).append(":\n").append(tail(stderr));
        }
      }
      return logs.toString();
    }
  }

  /** The last lines a log holds: a failed run's reason and Spark's complaints. */
  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
