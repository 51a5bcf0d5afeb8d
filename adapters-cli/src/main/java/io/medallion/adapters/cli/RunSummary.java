package io.medallion.adapters.cli;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunReport;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.ExpectationResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The summary printed after a run: tables, quarantine reasons, expectations, stage times, where.
 */
final class RunSummary {

  private RunSummary() {}

  static void print(PrintWriter out, RunReport report, CommandSettings settings) {
    out.println();
    if (report.nothingNew()) {
      out.printf(
          Locale.ROOT,
          "Run %s found nothing new in %.1f s: no table written, no engine started%n",
          report.runId(),
          report.elapsed().toMillis() / 1000.0);
      where(out, settings);
      return;
    }
    out.printf(
        Locale.ROOT,
        "Run %s %s in %.1f s%n",
        report.runId(),
        report.succeeded() ? "succeeded" : "failed",
        report.elapsed().toMillis() / 1000.0);
    section(out, "Rows per table");
    TextTable.print(
        out,
        TextTable.Format.table,
        List.of("layer", "table", "rows_in", "rows_out", "dropped", "quarantined", "version"),
        report.tables().stream().map(RunSummary::tableRow).toList());
    section(out, "Quarantined rows by reason (a row may fail several rules)");
    TextTable.print(
        out,
        TextTable.Format.table,
        List.of("table", "reason", "rows"),
        expectationRows(report, true));
    section(out, "Expectations");
    TextTable.print(
        out,
        TextTable.Format.table,
        List.of("table", "expectation", "action", "passed", "failed"),
        expectationRows(report, false));
    section(out, "Time per stage");
    TextTable.print(
        out,
        TextTable.Format.table,
        List.of("stage", "seconds"),
        report.stages().stream()
            .map(
                s ->
                    List.of(
                        s.stage().label(),
                        String.format(Locale.ROOT, "%.1f", s.took().toMillis() / 1000.0)))
            .toList());
    where(out, settings);
  }

  private static void where(PrintWriter out, CommandSettings settings) {
    section(out, "Where");
    out.println("lake:      " + settings.lakeLocation());
    out.println("warehouse: " + settings.warehouseLocation());
    if (!settings.synapseWarehouse()) {
      out.println(
          "try:       ./medallion query --workdir "
              + settings.workdir()
              + " \"SELECT kind, count(*) AS titles FROM gold.dim_title GROUP BY kind\"");
    }
    out.flush();
  }

  private static List<String> tableRow(LayerResult r) {
    return List.of(
        r.table().layer().id(),
        r.table().name(),
        Long.toString(r.rowsIn()),
        Long.toString(r.rowsOut()),
        Long.toString(r.dropped()),
        Long.toString(r.quarantined()),
        Long.toString(r.version()));
  }

  private static List<List<String>> expectationRows(RunReport report, boolean quarantineOnly) {
    List<List<String>> rows = new ArrayList<>();
    for (LayerResult table : report.tables()) {
      for (ExpectationResult e : table.expectations()) {
        if (!quarantineOnly) {
          rows.add(
              List.of(
                  table.table().toString(),
                  e.name(),
                  e.action().name().toLowerCase(Locale.ROOT),
                  Long.toString(e.passed()),
                  Long.toString(e.failed())));
        } else if (e.action() == Action.QUARANTINE && e.failed() > 0) {
          rows.add(List.of(table.table().toString(), e.name(), Long.toString(e.failed())));
        }
      }
    }
    return rows;
  }

  private static void section(PrintWriter out, String title) {
    out.println();
    out.println(title);
  }
}
