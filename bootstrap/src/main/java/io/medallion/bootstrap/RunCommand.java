package io.medallion.bootstrap;

import io.medallion.application.port.in.RunPipelineUseCase;
import io.medallion.application.port.in.RunReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medallion run}: the pipeline over the sources and lake a config file names. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the pipeline from a config file (see config/local.conf): the lookups are fetched from",
      "their HTTP sources, title files are picked up from <workdir>/lake/landing/titles."
    })
final class RunCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--config", required = true, description = "A HOCON config file.")
  Path config;

  @Mixin RunOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    MedallionSettings settings = MedallionSettings.fromFile(config);
    var command = options.applyTo(settings.runCommand());
    RunReport report =
        Wiring.pipeline(settings, new ConsoleProgress(out))
            .getInstance(RunPipelineUseCase.class)
            .run(command);
    RunSummary.print(out, report, settings);
    return 0;
  }
}
