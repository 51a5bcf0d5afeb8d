package io.medallion.adapters.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import picocli.CommandLine;

/** The {@code medallion} command line, driving the use cases its host hands it. */
public final class MedallionCli {

  /** The seed of the demo's generated sample, and {@code generate}'s default. */
  public static final long SAMPLE_SEED = 42;

  private MedallionCli() {}

  /**
   * Runs one command with secrets looked up in {@code environment}; returns its exit code (0 on
   * success, a one-line reason on {@code err} if not).
   */
  public static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      Function<String, String> environment,
      UseCases useCases) {
    CommandLine cli = commandLine(environment, useCases);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          commandLine.getErr().println("medallion: " + OneLine.reason(e));
          return 1;
        });
    if (namesNoCommand(cli, args)) {
      err.println(
          "medallion: no command '"
              + args[0]
              + "'; the commands are "
              + MedallionCommand.commandNames(cli.getCommandSpec()));
      return CommandLine.ExitCode.USAGE;
    }
    return cli.execute(args);
  }

  /** The command line: every command made with the use cases it drives. */
  static CommandLine commandLine(Function<String, String> environment, UseCases useCases) {
    return new CommandLine(
        new MedallionCommand(environment, useCases), new CommandFactory(useCases));
  }

  // Checked before parsing, since picocli answers `nosuch --help` with the top-level help and 0.
  // An option or an @argument-file is left to picocli.
  private static boolean namesNoCommand(CommandLine cli, String[] args) {
    return args.length > 0
        && !args[0].startsWith("-")
        && !args[0].startsWith("@")
        && !cli.getSubcommands().containsKey(args[0]);
  }
}
