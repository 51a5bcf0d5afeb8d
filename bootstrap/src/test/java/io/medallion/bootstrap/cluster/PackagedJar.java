package io.medallion.bootstrap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The jar {@code package} built ({@code medallion.jar}, its dependencies in {@code lib/} beside it
 * through its manifest), the test classes (for {@link ExecutorTally}) and the JVM flags Spark needs
 * on Java 17, as the pom hands them to failsafe.
 */
record PackagedJar(Path jar, Path testClasses, List<String> addOpens) {

  static PackagedJar fromThePom() throws URISyntaxException {
    String jar = System.getProperty("medallion.jar", "");
    String opens = System.getProperty("medallion.add-opens", "");
    assertThat(jar).as("system property medallion.jar (set by the pom)").isNotBlank();
    assertThat(opens).as("system property medallion.add-opens (set by the pom)").isNotBlank();
    assertThat(Path.of(jar)).as("the jar `package` builds").isRegularFile();
    assertThat(Path.of(jar).resolveSibling("lib")).as("its dependencies").isDirectory();
    Path testClasses =
        Path.of(ExecutorTally.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return new PackagedJar(
        Path.of(jar).toAbsolutePath(),
        testClasses.toAbsolutePath(),
        Arrays.stream(opens.trim().split("\\s+")).toList());
  }

  /** The driver's class path: the jar, and the test classes for its listener. */
  String classPath() {
    return jar + File.pathSeparator + testClasses;
  }

  /**
   * The flags of every JVM of a run, driver and executors: Spark's opens, and the client compiler
   * only, which spends a third less CPU on a run this short and changes nothing it computes.
   */
  List<String> jvmFlags() {
    List<String> flags = new ArrayList<>(addOpens);
    flags.add("-XX:TieredStopAtLevel=1");
    return flags;
  }

  Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
