package io.medallion.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * The real pipeline ({@code medallion.jar demo}) run in a child JVM on a folder of source files,
 * with the JVM flags the repository's launcher gives it.
 */
final class PipelineDemo {

  private static final Pattern OPENS = Pattern.compile("--add-opens=\\S+");
  private static final long TIMEOUT_MINUTES = 15;

  private final Path root;

  private PipelineDemo(Path root) {
    this.root = root;
  }

  /** The demo of the jar built in this repository; the test is skipped when it is not built. */
  static PipelineDemo built() {
    Path root = Path.of("").toAbsolutePath().getParent();
    Assumptions.assumeTrue(
        Files.isRegularFile(root.resolve("bootstrap/target/medallion.jar")),
        "no bootstrap/target/medallion.jar: build it with"
            + " ./mvnw -pl bootstrap -am package -DskipTests");
    return new PipelineDemo(root);
  }

  /** Runs the demo over {@code sources}; returns the warehouse file it loaded gold into. */
  Path run(Path sources, Path workdir) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.addAll(launcherOpens());
    command.addAll(
        List.of(
            "-jar",
            root.resolve("bootstrap/target/medallion.jar").toString(),
            "demo",
            "--source-dir",
            sources.toString(),
            "--workdir",
            workdir.toString()));
    Files.createDirectories(workdir);
    Path log = workdir.resolve("demo.log");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // Spark binds to loopback, as the launcher has it.
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process demo = builder.start();
    boolean finished = demo.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
    if (!finished) {
      demo.destroyForcibly();
    }
    assertThat(finished && demo.exitValue() == 0)
        .as("the demo succeeds; its output:%n%s", tail(log))
        .isTrue();
    return workdir.resolve("warehouse/medallion.duckdb");
  }

  /** The --add-opens flags of the launcher script, so the two cannot drift apart. */
  private List<String> launcherOpens() throws IOException {
    Matcher matcher = OPENS.matcher(Files.readString(root.resolve("medallion")));
    List<String> opens = new ArrayList<>();
    while (matcher.find()) {
      opens.add(matcher.group());
    }
    assertThat(opens).as("the launcher's --add-opens flags").isNotEmpty();
    return opens;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
