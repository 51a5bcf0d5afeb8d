package io.medallion.adapters.cli;

import io.medallion.application.port.out.RunProgress;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunReport;
import io.medallion.domain.table.Layer;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A watch's console: one line per batch (what bronze took in, what it quarantined, how long it and
 * each stage took, or why it failed); ticks with nothing new say nothing.
 */
final class BatchLines implements RunProgress {

  /** Seconds per stage: {@code ingest 0.1 s, bronze 4.2 s, ...}. */
  private static String stages(RunReport report) {
    return report.stages().stream()
        .map(
            t ->
                String.format(
                    Locale.ROOT, "%s %.1f s", t.stage().label(), t.took().toMillis() / 1000.0))
        .collect(Collectors.joining(", "));
  }

  private final PrintWriter out;

  BatchLines(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void runFinished(RunReport report) {
    if (report.nothingNew()) {
      return;
    }
    long bronzeRows =
        report.tables().stream()
            .filter(t -> t.table().layer() == Layer.BRONZE)
            .mapToLong(LayerResult::rowsOut)
            .sum();
    long quarantined = report.tables().stream().mapToLong(LayerResult::quarantined).sum();
    synchronized (out) {
      out.printf(
          Locale.ROOT,
          "%s batch %s %s in %.1f s: %,d rows into bronze, %,d quarantined (%s)%s%n",
          report.finishedAt(),
          report.runId(),
          report.succeeded() ? "succeeded" : "failed",
          report.elapsed().toMillis() / 1000.0,
          bronzeRows,
          quarantined,
          stages(report),
          report.failure().map(f -> ": " + f.lines().findFirst().orElse(f)).orElse(""));
      out.flush();
    }
  }
}
