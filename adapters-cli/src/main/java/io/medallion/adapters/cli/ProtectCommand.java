package io.medallion.adapters.cli;

import io.medallion.application.port.in.ProtectTableUseCase;
import io.medallion.domain.table.TableName;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medallion protect}: marks tables so that a full refresh refuses to reset them. */
@Command(
    name = "protect",
    mixinStandardHelpOptions = true,
    header = "Mark lake tables that `run --full-refresh` must not reset.",
    description =
        "A full refresh refuses to reset a marked table. The mark is the table property"
            + " pipelines.reset.allowed = false, as in Delta Live Tables; --off lifts it.")
final class ProtectCommand implements Callable<Integer> {

  private final UseCases useCases;

  ProtectCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Option(names = "--off", description = "Lift the mark: a full refresh may reset the tables.")
  boolean off;

  @Parameters(arity = "1..*", paramLabel = "TABLE", description = "Tables, e.g. bronze.titles.")
  List<String> tables;

  @Override
  public Integer call() {
    // Every name is checked before any table is marked.
    List<TableName> names = tables.stream().map(TableName::parse).toList();
    ProtectTableUseCase protection = useCases.protection(workdir.existingLake(useCases));
    for (TableName table : names) {
      protection.protect(table, !off);
      spec.commandLine()
          .getOut()
          .println(table + (off ? ": a full refresh may reset it" : ": kept by a full refresh"));
    }
    return 0;
  }
}
