package io.medallion.bootstrap.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a child JVM's pipeline runs its Spark jobs: the master (read by the settings from {@code
 * -Dmedallion.spark.master}), the {@code spark.*} system properties Spark's conf picks up, and the
 * environment of the process.
 */
record SparkTarget(String master, Map<String, String> properties, Map<String, String> environment) {

  static SparkTarget local() {
    return new SparkTarget("local[2]", Map.of(), Map.of());
  }

  /**
   * Two workers started inside the driver's JVM, each launching one executor JVM of one core and 1
   * GB. An executor is a fresh {@code java} process: it gets the jar alone (its manifest brings
   * {@code lib/}, Spark included), the driver's flags and a {@code SPARK_HOME} whose {@code jars/}
   * is empty; its working folders (and logs) are under {@code sparkHome/work}.
   */
  static SparkTarget localCluster(PackagedJar jar, Path sparkHome) throws IOException {
    Files.createDirectories(sparkHome.resolve("jars"));
    return new SparkTarget(
        "local-cluster[2,1,1024]",
        Map.of(
            "spark.executor.extraClassPath", jar.jar().toString(),
            "spark.executor.extraJavaOptions", String.join(" ", jar.jvmFlags()),
            // Without it the launcher looks for a Spark build tree to learn the Scala version.
            "spark.executorEnv.SPARK_SCALA_VERSION", "2.13"),
        Map.of("SPARK_HOME", sparkHome.toString()));
  }
}
