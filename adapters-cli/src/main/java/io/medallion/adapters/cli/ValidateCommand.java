package io.medallion.adapters.cli;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.in.SetupCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code medallion validate}: a dry run of the setup, writing nothing. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    header = "Check that a run would work, writing nothing.",
    description = {
      "Reads the settings and checks the variables they name for secrets are set, asks each"
          + " lookup source once (a conditional GET), checks the lake and the warehouse answer"
          + " with the rights a run needs, and that the plan's tables and expectations are well"
          + " formed. Starts no Spark.",
      "Prints `ok: ...` per check passed and `problem: ...` per problem found; exits 0 when there"
          + " is none, else 1."
    })
final class ValidateCommand implements Callable<Integer> {

  private final UseCases useCases;

  ValidateCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand MedallionCommand parent;

  @Option(
      names = "--config",
      description = "A HOCON config file (see config/local.conf); else the --workdir's defaults.")
  Path config;

  @Mixin WorkdirOption workdir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CommandSettings settings;
    try {
      settings =
          config == null
              ? workdir.settings(useCases)
              : useCases.configured(config, parent.environment());
    } catch (RuntimeException e) {
      out.println("problem: the settings do not read: " + OneLine.reason(e));
      return 1;
    }
    out.printf(
        "validating: lake %s, warehouse %s%n",
        settings.lakeLocation(), settings.warehouseLocation());
    List<String> problems = new ArrayList<>(settings.missingVariables());
    RunPipelineCommand run = runOf(settings, problems);
    List<SetupCheck> checks = new ArrayList<>();
    checks.add(new SetupCheck("the settings and the variables they name", problems));
    try {
      checks.addAll(useCases.validation(settings).validate(run));
    } catch (RuntimeException e) {
      checks.add(new SetupCheck("the adapters", List.of("wiring: " + OneLine.reason(e))));
    }
    long found = print(out, checks);
    out.println(
        found == 0
            ? "valid: nothing found that would stop a run"
            : found + (found == 1 ? " problem" : " problems") + " found");
    out.flush();
    return found == 0 ? 0 : 1;
  }

  // A run the settings cannot make is a problem; the rest is still checked, with no source.
  private static RunPipelineCommand runOf(CommandSettings settings, List<String> problems) {
    try {
      return settings.runCommand();
    } catch (RuntimeException e) {
      problems.add("settings: " + OneLine.reason(e));
      return new RunPipelineCommand(List.of());
    }
  }

  private static long print(PrintWriter out, List<SetupCheck> checks) {
    long found = 0;
    for (SetupCheck check : checks) {
      if (check.passed()) {
        out.println("ok: " + check.subject());
      }
      for (String problem : check.problems()) {
        out.println("problem: " + problem);
        found++;
      }
    }
    return found;
  }
}
