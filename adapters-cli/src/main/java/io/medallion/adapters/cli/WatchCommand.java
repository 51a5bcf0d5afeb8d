package io.medallion.adapters.cli;

import io.medallion.application.port.in.WatchLakeCommand;
import io.medallion.application.port.in.WatchLakeUseCase;
import io.medallion.application.port.in.WatchLakeUseCase.WatchSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code medallion watch}: the pipeline run continuously, a batch whenever something is new. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    header = "Run the pipeline continuously, a batch whenever something is new.",
    description = {
      "Looks every --interval in one warm process: new title files in <workdir>/lake/landing/titles"
          + " and changed lookups go through bronze, silver, gold and the warehouse. A tick with"
          + " nothing new starts no engine and leaves no record; each batch is a run in `history`"
          + " and holds the lake only while it runs, so `run` and `maintain` take their turn in"
          + " between, and `query`, `tables`, `dashboard` and `serve` work all along.",
      "A failed batch is reported and tried again, after a pause that doubles with each failure"
          + " in a row (up to 5 minutes). SIGTERM or Ctrl-C lets the current batch finish, then"
          + " exits 0 saying how many batches ran."
    })
final class WatchCommand implements Callable<Integer> {

  private final UseCases useCases;

  WatchCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand MedallionCommand parent;

  @Option(
      names = "--config",
      description =
          "A HOCON config file (see config/local.conf), whose lookup sources are fetched at each"
              + " tick; without it, the --workdir's lake is watched for title files only.")
  Path config;

  @Mixin WorkdirOption workdir;

  @Option(
      names = "--interval",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "How often to look for something new (default: ${DEFAULT-VALUE}).")
  Duration interval;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    CommandSettings settings =
        config == null
            ? workdir.settings(useCases)
            : useCases.configured(config, parent.environment());
    WatchLakeCommand command = new WatchLakeCommand(settings.runCommand(), interval);
    WatchLakeUseCase watcher = useCases.watching(settings, new BatchLines(out));
    out.printf(
        "watching %s every %s; SIGTERM or Ctrl-C stops after the current batch%n",
        settings.lakeLocation(), interval.toString().substring(2).toLowerCase(Locale.ROOT));
    out.flush();
    WatchSummary summary;
    try (StopOnSignal stop = StopOnSignal.install(out)) {
      summary = watcher.watch(command, stop);
    }
    out.printf(
        "stopped: %d batches (%d failed), %d ticks with nothing new, %d with the lake busy%n",
        summary.batches(), summary.failed(), summary.idle(), summary.busy());
    out.flush();
    return 0;
  }
}
