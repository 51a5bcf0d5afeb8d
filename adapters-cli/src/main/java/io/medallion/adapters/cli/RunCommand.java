package io.medallion.adapters.cli;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.Stage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code medallion run}: the pipeline over the sources and lake a config file names. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    header = "Run the pipeline from a config file (see config/local.conf).",
    description =
        "The lookups are fetched from their HTTP sources; title files are picked up from"
            + " <workdir>/lake/landing/titles.")
final class RunCommand implements Callable<Integer> {

  private final UseCases useCases;

  RunCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand MedallionCommand parent;

  @Option(names = "--config", required = true, description = "A HOCON config file.")
  Path config;

  @Mixin RunOptions options;

  @Option(
      names = "--stage",
      paramLabel = "STAGE",
      converter = StageConverter.class,
      description =
          "Run only this stage: ingest, bronze, silver, gold or serve; repeat for several"
              + " (default: all). Each stage reads what earlier runs committed, so one run per"
              + " stage, in order, ends where one whole run ends.")
  List<Stage> stages = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    CommandSettings settings = useCases.configured(config, parent.environment());
    RunPipelineCommand command = options.applyTo(settings.runCommand());
    if (!stages.isEmpty()) {
      command = command.onlyStages(stages);
    }
    RunReport report = useCases.pipeline(settings, new ConsoleProgress(out)).run().run(command);
    RunSummary.print(out, report, settings);
    options.writeReport(report, useCases::sparkStarted);
    return 0;
  }

  /** A stage by its lower-case name. */
  static final class StageConverter implements ITypeConverter<Stage> {
    @Override
    public Stage convert(String value) {
      for (Stage stage : Stage.values()) {
        if (stage.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
          return stage;
        }
      }
      throw new TypeConversionException(
          "not a stage: '"
              + value
              + "' (one of "
              + Arrays.stream(Stage.values())
                  .map(s -> s.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))
              + ")");
    }
  }
}
