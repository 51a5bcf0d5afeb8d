package io.medallion.bootstrap;

import io.medallion.application.port.in.ListTablesUseCase;
import io.medallion.application.port.out.TableInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medallion tables}: one line per Delta table of the lake. */
@Command(
    name = "tables",
    mixinStandardHelpOptions = true,
    description = "List the lake's Delta tables: layer, table, rows, Delta version.")
final class TablesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--workdir",
      defaultValue = "./medallion-data",
      description = "The working folder (default: ${DEFAULT-VALUE}).")
  Path workdir;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  TextTable.Format format;

  @Override
  public Integer call() {
    MedallionSettings settings = MedallionSettings.forWorkdir(workdir);
    if (!settings.lakeRoot().toFile().isDirectory()) {
      throw new IllegalArgumentException(
          "no lake at " + settings.lakeRoot() + ": run `medallion demo` first");
    }
    List<TableInfo> tables =
        Wiring.tables(settings).getInstance(ListTablesUseCase.class).listTables();
    PrintWriter out = spec.commandLine().getOut();
    TextTable.print(
        out,
        format,
        List.of("layer", "table", "rows", "version"),
        tables.stream()
            .map(
                t ->
                    List.of(
                        t.table().layer().id(),
                        t.table().name(),
                        Long.toString(t.rows()),
                        Long.toString(t.version())))
            .toList());
    return 0;
  }
}
