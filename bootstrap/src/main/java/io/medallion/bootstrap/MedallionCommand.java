package io.medallion.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top command: only subcommands do work. */
@Command(
    name = "medallion",
    mixinStandardHelpOptions = true,
    versionProvider = MedallionCommand.Version.class,
    description = "An incremental bronze/silver/gold pipeline over a streaming catalogue.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
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

  MedallionCommand(Function<String, String> environment) {
    this.environment = environment;
  }

  /** Where the subcommands look secrets up: the process's environment, or a test's fake one. */
  Function<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this),
        "name a command: demo, run, tables, quality, query, dashboard, serve, history, maintain,"
            + " protect or generate"
            + " (see --help)");
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
