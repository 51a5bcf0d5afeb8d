package io.medallion.adapters.cli;

import io.medallion.application.port.out.QueryResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medallion query}: SQL on the warehouse. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    header = "Run SQL on the warehouse.",
    description = "For example: \"SELECT kind, count(*) FROM gold.dim_title GROUP BY kind\".")
final class QueryCommand implements Callable<Integer> {

  private final UseCases useCases;

  QueryCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Mixin FormatOption output;

  @Parameters(index = "0", paramLabel = "SQL", description = "One SQL statement.")
  String sql;

  @Override
  public Integer call() {
    CommandSettings settings = workdir.settings(useCases);
    if (!settings.warehouseFile().toFile().isFile()) {
      throw new IllegalArgumentException(
          "no warehouse at " + settings.warehouseFile() + ": run `medallion demo` first");
    }
    QueryResult result = useCases.query(settings).query(sql);
    TextTable.print(spec.commandLine().getOut(), output.format, result.columns(), result.rows());
    return 0;
  }
}
