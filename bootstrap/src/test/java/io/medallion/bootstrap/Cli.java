package io.medallion.bootstrap;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in this JVM (sharing its one Spark session), or in a JVM of its own, and keeps what
 * it printed.
 */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  /**
   * Runs the CLI in a JVM of its own, as a user's shell would (no Spark session until it makes
   * one), with this JVM's classpath and Spark's flags; output and errors together in {@code out}.
   */
  static Cli inChildJvm(Path log, String... args) throws IOException, InterruptedException {
    return inChildJvm(log, Map.of(), args);
  }

  /** As {@link #inChildJvm(Path, String...)}, with {@code environment} added to the child's. */
  static Cli inChildJvm(Path log, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Duser.timezone"))
        .forEach(command::add);
    command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path")));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    builder.environment().putAll(environment);
    Process child = builder.start();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new IllegalStateException("the CLI did not end in 5 minutes: " + List.of(args));
    }
    return new Cli(child.exitValue(), Files.readString(log), "");
  }

  /** The project's root folder: the nearest parent of the working folder holding {@code mvnw}. */
  static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("not inside the medallion project");
    }
    return dir;
  }

  /** The tutorial's real files, beside the project in {@code ../shared/data/netflix}. */
  static Path tutorialData() {
    return projectRoot().resolve("../shared/data/netflix").normalize();
  }
}
