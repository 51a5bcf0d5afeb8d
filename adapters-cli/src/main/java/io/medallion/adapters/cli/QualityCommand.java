package io.medallion.adapters.cli;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.domain.quality.ExpectationResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medallion quality}: a run's expectations and reconciliation, from {@code meta.events}. */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    header = "Show a run's data quality from the event log (meta.events).",
    description =
        "Every table's rows in, out, dropped and quarantined, whether they reconcile, and every"
            + " expectation's passed and failed.")
final class QualityCommand implements Callable<Integer> {

  private final UseCases useCases;

  QualityCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Option(names = "--run", description = "A run id (default: the latest run).")
  String run;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or csv: csv prints the expectations only (default: ${DEFAULT-VALUE}).")
  TextTable.Format format;

  @Override
  public Integer call() {
    CommandSettings settings = workdir.existingLake(useCases);
    RunReport report = useCases.pastRun(settings).show(Optional.ofNullable(run).map(RunId::new));
    PrintWriter out = spec.commandLine().getOut();
    List<String> header = List.of("run_id", "table", "expectation", "action", "passed", "failed");
    if (format == TextTable.Format.csv) {
      TextTable.print(out, format, header, expectations(report));
      return 0;
    }
    out.printf(
        Locale.ROOT,
        "Run %s %s at %s%n%n",
        report.runId(),
        report.succeeded() ? "succeeded" : "failed: " + report.failure().orElse(""),
        report.finishedAt());
    TextTable.print(
        out,
        format,
        List.of("table", "rows_in", "rows_out", "dropped", "quarantined", "reconciles"),
        report.tables().stream().map(QualityCommand::counts).toList());
    out.println();
    TextTable.print(out, format, header, expectations(report));
    return 0;
  }

  private static List<String> counts(LayerResult r) {
    return List.of(
        r.table().toString(),
        Long.toString(r.rowsIn()),
        Long.toString(r.rowsOut()),
        Long.toString(r.dropped()),
        Long.toString(r.quarantined()),
        r.aggregate() ? "n/a (groups)" : r.reconciles() ? "yes" : "NO");
  }

  private static List<List<String>> expectations(RunReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (LayerResult table : report.tables()) {
      for (ExpectationResult e : table.expectations()) {
        rows.add(
            List.of(
                report.runId().value(),
                table.table().toString(),
                e.name(),
                e.action().name().toLowerCase(Locale.ROOT),
                Long.toString(e.passed()),
                Long.toString(e.failed())));
      }
    }
    return rows;
  }
}
