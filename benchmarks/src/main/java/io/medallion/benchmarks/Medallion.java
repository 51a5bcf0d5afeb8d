package io.medallion.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the harness starts processes: {@code medallion.jar} and the peer baseline, each in a JVM of
 * its own with the flags Spark needs on Java 17 (the launcher passes them in {@code
 * MEDALLION_CHILD_OPTS}) and the heap the scenario gives.
 */
final class Medallion {

  private final Path jar;
  private final List<String> jvmFlags;
  private final String heap;

  Medallion(Path jar, List<String> jvmFlags, String heap) {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(
          "no medallion.jar at " + jar + ": build it with ./mvnw -B -DskipTests package");
    }
    this.jar = jar;
    this.jvmFlags = List.copyOf(jvmFlags);
    this.heap = heap;
  }

  /** The jar beside the harness's and the flags the launcher passed on. */
  static Medallion fromLauncher(Path root, String heap) {
    String flags = System.getenv().getOrDefault("MEDALLION_CHILD_OPTS", "");
    List<String> split = flags.isBlank() ? List.of() : Arrays.asList(flags.strip().split("\\s+"));
    return new Medallion(root.resolve("bootstrap/target/medallion.jar"), split, heap);
  }

  /** {@code java ... -jar medallion.jar <args>}. */
  List<String> command(String... args) {
    List<String> command = java();
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    return command;
  }

  /** {@code java ... -cp <the harness's classpath> <main> <args>}. */
  List<String> main(String mainClass, String... args) {
    List<String> command = java();
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  private List<String> java() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.addAll(jvmFlags);
    return command;
  }
}
