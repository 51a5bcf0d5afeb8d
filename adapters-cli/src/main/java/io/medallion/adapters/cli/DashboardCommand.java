package io.medallion.adapters.cli;

import io.medallion.application.port.in.ReadReportingViewUseCase;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medallion dashboard}: the reporting views as one HTML file that opens from disk. */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    header = "Write the dashboard: one self-contained HTML file.",
    description = "No request leaves it: the page opens from disk.")
final class DashboardCommand implements Callable<Integer> {

  private final UseCases useCases;

  DashboardCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Option(
      names = "--out",
      defaultValue = "dashboard.html",
      description = "The HTML file to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    ReadReportingViewUseCase warehouse = useCases.views(workdir.settings(useCases));
    useCases.dashboard().write(warehouse, out);
    spec.commandLine().getOut().println("dashboard written to " + out.toAbsolutePath());
    return 0;
  }
}
