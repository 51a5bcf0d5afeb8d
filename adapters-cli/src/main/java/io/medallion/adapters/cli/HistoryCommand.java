package io.medallion.adapters.cli;

import io.medallion.application.run.PastRun;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medallion history}: one line per past run, newest first, from {@code meta.events}. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    header = "List past runs from the event log (meta.events), newest first.",
    description =
        "Per run: start, end, status (succeeded, failed or died: started and never ended), files"
            + " landed, rows in and out of bronze, silver and gold (summed over each stage's"
            + " tables), and a failed run's reason.")
final class HistoryCommand implements Callable<Integer> {

  private final UseCases useCases;

  HistoryCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Mixin FormatOption output;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "How many runs at most (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    CommandSettings settings = workdir.existingLake(useCases);
    List<PastRun> runs = useCases.history(settings).history(limit);
    TextTable.print(
        spec.commandLine().getOut(),
        output.format,
        List.of(
            "run_id",
            "started",
            "finished",
            "status",
            "files",
            "bronze_in",
            "bronze_out",
            "silver_in",
            "silver_out",
            "gold_in",
            "gold_out",
            "reason"),
        runs.stream().map(HistoryCommand::line).toList());
    return 0;
  }

  private static List<String> line(PastRun run) {
    return List.of(
        run.runId().value(),
        time(run.startedAt()),
        run.finishedAt().map(HistoryCommand::time).orElse(""),
        run.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
        Long.toString(run.filesIngested()),
        Long.toString(run.bronze().rowsIn()),
        Long.toString(run.bronze().rowsOut()),
        Long.toString(run.silver().rowsIn()),
        Long.toString(run.silver().rowsOut()),
        Long.toString(run.gold().rowsIn()),
        Long.toString(run.gold().rowsOut()),
        run.failure().orElse(""));
  }

  private static String time(Instant at) {
    return at.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
