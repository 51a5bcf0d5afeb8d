package io.medallion.adapters.cli;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.run.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Option;

/** The options a pipeline run shares between {@code run} and {@code demo}. */
final class RunOptions {

  @Option(
      names = "--wait",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description =
          "Wait this long (30s, 10m, 1h) for a run holding the lake to finish; by default a"
              + " second run exits at once naming the holder.")
  Duration wait;

  @Option(
      names = "--full-refresh",
      description =
          "Rebuild every bronze, silver and gold table from the raw zone and the landing folder;"
              + " refused if a table is marked to keep (see `medallion protect`).")
  boolean fullRefresh;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write the run's report (seconds per stage, rows per table) as JSON.")
  Path report;

  /** Writes the report where {@code --report} says, if it says. */
  void writeReport(RunReport done, BooleanSupplier sparkStarted) throws IOException {
    if (report != null) {
      RunReportJson.write(report, done, sparkStarted.getAsBoolean());
    }
  }

  RunPipelineCommand applyTo(RunPipelineCommand command) {
    RunPipelineCommand waiting = command.waitingUpTo(wait);
    return fullRefresh ? waiting.refreshingFully() : waiting;
  }
}
