package io.medallion.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: only subcommands do work. */
@Command(
    name = "medallion",
    mixinStandardHelpOptions = true,
    versionProvider = MedallionCommand.Version.class,
    description = "An incremental bronze/silver/gold pipeline over a streaming catalogue.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      WatchCommand.class,
      TablesCommand.class,
      QualityCommand.class,
      QueryCommand.class,
      DashboardCommand.class,
      ServeCommand.class,
      HistoryCommand.class,
      MaintainCommand.class,
      ProtectCommand.class,
      GenerateCommand.class
    })
final class MedallionCommand implements Runnable {

  private final Function<String, String> environment;

  @Spec CommandSpec spec;

  MedallionCommand(Function<String, String> environment) {
    this.environment = environment;
  }

  /** Where the subcommands look secrets up: the process's environment, or a test's fake one. */
  Function<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "name a command: " + commandNames(spec) + " (see --help)");
  }

  /** The subcommands' names as the model declares them, in order, for a one-line message. */
  static String commandNames(CommandSpec spec) {
    return String.join(", ", spec.subcommands().keySet());
  }

  /** The version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"medallion " + properties.getProperty("version", "unknown")};
    }
  }
}
