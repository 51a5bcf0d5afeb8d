package io.medallion.benchmarks;

import java.util.List;
import java.util.Map;

/** What the harness measured, as written to {@code benchmarks/results/scale-N.json}. */
final class Results {

  private Results() {}

  /** One scale: the machine, the versions, the peer baseline and the pipeline's scenarios. */
  record Scale(
      double scale,
      String generated,
      double generateSeconds,
      Machine machine,
      Map<String, String> versions,
      Baseline baseline,
      boolean goldRowsEqual,
      Map<String, String> goldRowDifferences,
      List<Scenario> scenarios) {}

  /** Where it ran. */
  record Machine(String cpu, int cores, long memoryMb, String os, String java) {}

  /** The same transformation in plain DuckDB SQL, in a JVM of its own. */
  record Baseline(
      double processSeconds,
      double seconds,
      Map<String, Double> steps,
      long peakRssMb,
      Map<String, Long> goldRows) {}

  /** One pipeline scenario: a {@code medallion demo} in a JVM of its own, cold. */
  record Scenario(
      String name,
      double processSeconds,
      double runSeconds,
      Map<String, Double> stages,
      long inputRows,
      double rowsPerSecond,
      long peakRssMb,
      double ratioToBaseline,
      double shareOfFullRun,
      Boolean sparkStarted,
      List<GoldTable> gold) {}

  /** A gold table after a scenario: rows, and the data files of its live version. */
  record GoldTable(String table, long rows, long files, long bytes) {}
}
