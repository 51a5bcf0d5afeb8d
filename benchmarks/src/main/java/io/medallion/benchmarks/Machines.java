package io.medallion.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Facts about this machine and the versions of the engines on the classpath. */
final class Machines {

  private static final Pattern JAR = Pattern.compile("([a-z_.0-9-]+?)-(\\d[^/]*?)\\.jar$");

  private Machines() {}

  static Results.Machine here() {
    return new Results.Machine(
        procLine(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
        Runtime.getRuntime().availableProcessors(),
        procLine(Path.of("/proc/meminfo"), "MemTotal")
            .map(v -> Long.parseLong(v.replaceAll("[^0-9]", "")) / 1024)
            .orElse(-1L),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
  }

  /** The versions of Spark, Delta and DuckDB, told by the jar names on {@code classpath}. */
  static Map<String, String> versions(String classpath) {
    Map<String, String> versions = new LinkedHashMap<>();
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      Matcher jar = JAR.matcher(Path.of(entry).getFileName().toString());
      if (jar.find()) {
        switch (jar.group(1)) {
          case "spark-sql_2.13" -> versions.put("spark", jar.group(2));
          case "delta-spark_2.13" -> versions.put("delta", jar.group(2));
          case "duckdb_jdbc" -> versions.put("duckdb", jar.group(2));
          default -> {}
        }
      }
    }
    return versions;
  }

  private static Optional<String> procLine(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
