package io.medallion.adapters.cli;

import io.medallion.application.port.in.MaintainLakeCommand;
import io.medallion.application.port.out.MaintenanceResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medallion maintain}: OPTIMIZE and VACUUM of every Delta table, one line per table. */
@Command(
    name = "maintain",
    mixinStandardHelpOptions = true,
    header = "Compact and vacuum every Delta table of the lake.",
    description = {
      "Compacts each table (OPTIMIZE), then deletes the files that no version younger than the"
          + " retention reads (VACUUM). A retention below 168 hours is refused.",
      "Prints each table's files before and after compaction and the files vacuum deleted."
    })
final class MaintainCommand implements Callable<Integer> {

  private final UseCases useCases;

  MaintainCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Option(
      names = "--retention-hours",
      defaultValue = "168",
      description = "Keep the files of versions younger than this (default and least: 168).")
  long retentionHours;

  @Option(
      names = "--wait",
      defaultValue = "0s",
      converter = DurationConverter.class,
      description = "Wait this long (30s, 10m) for a run holding the lake; by default none.")
  Duration wait;

  @Override
  public Integer call() {
    // Checked before the lake is opened: a refused retention touches nothing.
    MaintainLakeCommand command = new MaintainLakeCommand(Duration.ofHours(retentionHours), wait);
    CommandSettings settings = workdir.existingLake(useCases);
    List<MaintenanceResult> results = useCases.maintenance(settings).maintain(command);
    PrintWriter out = spec.commandLine().getOut();
    TextTable.print(
        out,
        TextTable.Format.table,
        List.of("table", "files_before", "files_after", "vacuumed"),
        results.stream()
            .map(
                r ->
                    List.of(
                        r.table().toString(),
                        Long.toString(r.filesBefore()),
                        Long.toString(r.filesAfter()),
                        Long.toString(r.vacuumed())))
            .toList());
    return 0;
  }
}
