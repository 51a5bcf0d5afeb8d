package io.medallion.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results of every scale as the Markdown table BENCHMARKS.md shows. */
final class Summary {

  private Summary() {}

  static String markdown(List<Results.Scale> scales) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "| scale | scenario | wall s | run s | bronze / silver / gold / serve s | input rows/s"
            + " | peak RSS MB | x DuckDB | share of full run | Spark started |");
    lines.add("|---|---|---:|---:|---|---:|---:|---:|---:|---|");
    for (Results.Scale scale : scales) {
      String label = ScaleBench.label(scale.scale());
      Results.Baseline baseline = scale.baseline();
      lines.add(
          String.format(
              Locale.ROOT,
              "| %s | DuckDB SQL baseline | %.1f | %.1f | %s | | %d | 1.0 | | |",
              label,
              baseline.processSeconds(),
              baseline.seconds(),
              String.join(
                  " / ",
                  baseline.steps().values().stream()
                      .map(s -> String.format(Locale.ROOT, "%.1f", s))
                      .toList()),
              baseline.peakRssMb()));
      for (Results.Scenario s : scale.scenarios()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.1f | %.1f | %s | %,.0f | %d | %.1f | %.0f%% | %s |",
                label,
                s.name(),
                s.processSeconds(),
                s.runSeconds(),
                stages(s),
                s.rowsPerSecond(),
                s.peakRssMb(),
                s.ratioToBaseline(),
                100 * s.shareOfFullRun(),
                // Results stored before the column was measured say nothing.
                s.sparkStarted() == null ? "" : s.sparkStarted() ? "yes" : "no"));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  /** Files and bytes of each gold table after each scale's full run. */
  static String goldFiles(List<Results.Scale> scales) {
    List<String> lines = new ArrayList<>();
    lines.add("| scale | gold table | rows | files | MB |");
    lines.add("|---|---|---:|---:|---:|");
    for (Results.Scale scale : scales) {
      for (Results.GoldTable table : scale.scenarios().get(0).gold()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "| %s | %s | %,d | %d | %.2f |",
                ScaleBench.label(scale.scale()),
                table.table(),
                table.rows(),
                table.files(),
                table.bytes() / 1_048_576.0));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  /** {@code medallion watch}'s latency at each scale that measured it. */
  static String watchLatency(List<Results.Scale> scales) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "| scale | landed to visible s, each | max s | batch s, each | warm-up batches s | target s"
            + " | met | peak RSS MB | on SIGTERM |");
    lines.add("|---|---|---:|---|---|---:|---|---:|---|");
    for (Results.Scale scale : scales) {
      Results.WatchLatency w = scale.watch();
      if (w != null) {
        lines.add(
            String.format(
                Locale.ROOT,
                "| %s | %s | %.1f | %s | %s | %.0f | %s | %d | %s |",
                ScaleBench.label(scale.scale()),
                oneDecimal(w.landingSeconds()),
                w.maxSeconds(),
                oneDecimal(w.batchSeconds()),
                oneDecimal(w.warmUpBatchSeconds()),
                w.targetSeconds(),
                w.targetMet() ? "yes" : "no",
                w.peakRssMb(),
                w.stopped()));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String oneDecimal(List<Double> seconds) {
    return String.join(
        " / ", seconds.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).toList());
  }

  private static String stages(Results.Scenario s) {
    return String.join(
        " / ",
        List.of("bronze", "silver", "gold", "serve").stream()
            .map(k -> String.format(Locale.ROOT, "%.1f", s.stages().getOrDefault(k, 0.0)))
            .toList());
  }
}
