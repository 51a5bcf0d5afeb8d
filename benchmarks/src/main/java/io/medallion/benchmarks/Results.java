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
      List<Scenario> scenarios,
      WatchLatency watch) {}

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

  /**
   * {@code medallion watch} kept warm over the scenarios' lake: for each title file landed, the
   * seconds from its rename into the landing folder to a read-only warehouse connection counting
   * more {@code gold.dim_title} rows, and the seconds its batch line reports; null where not run.
   */
  record WatchLatency(
      List<Double> landingSeconds,
      double maxSeconds,
      List<Double> batchSeconds,
      List<Double> warmUpBatchSeconds,
      double targetSeconds,
      boolean targetMet,
      long peakRssMb,
      String stopped) {

    static WatchLatency of(
        List<Double> landings,
        List<Double> batches,
        List<Double> warmUp,
        double target,
        long peakRssMb,
        String stopped) {
      double max = landings.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
      return new WatchLatency(
          List.copyOf(landings),
          max,
          List.copyOf(batches),
          List.copyOf(warmUp),
          target,
          max <= target,
          peakRssMb,
          stopped);
    }
  }

  /** A gold table after a scenario: rows, and the data files of its live version. */
  record GoldTable(String table, long rows, long files, long bytes) {}
}
