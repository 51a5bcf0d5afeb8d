package io.medallion.adapters.cli;

import io.medallion.application.port.out.TableInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code medallion tables}: one line per Delta table of the lake. */
@Command(
    name = "tables",
    mixinStandardHelpOptions = true,
    header = "List the lake's Delta tables.",
    description = "One line per table: layer, table, rows, Delta version, data files and bytes.")
final class TablesCommand implements Callable<Integer> {

  private final UseCases useCases;

  TablesCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Mixin FormatOption output;

  @Override
  public Integer call() {
    CommandSettings settings = workdir.existingLake(useCases);
    List<TableInfo> tables = useCases.tables(settings).listTables();
    PrintWriter out = spec.commandLine().getOut();
    TextTable.print(
        out,
        output.format,
        List.of("layer", "table", "rows", "version", "files", "bytes"),
        tables.stream()
            .map(
                t ->
                    List.of(
                        t.table().layer().id(),
                        t.table().name(),
                        Long.toString(t.rows()),
                        Long.toString(t.version()),
                        Long.toString(t.files()),
                        Long.toString(t.bytes())))
            .toList());
    return 0;
  }
}
