package io.medallion.adapters.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The top command: only subcommands do work. */
@Command(
    name = "medallion",
    mixinStandardHelpOptions = true,
    versionProvider = MedallionCommand.Version.class,
    description = "An incremental bronze/silver/gold pipeline over a streaming catalogue.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      ValidateCommand.class,
      WatchCommand.class,
      TablesCommand.class,
      QualityCommand.class,
      QueryCommand.class,
      DashboardCommand.class,
      ServeCommand.class,
      HistoryCommand.class,
      ExplainCommand.class,
      MaintainCommand.class,
      ProtectCommand.class,
      GenerateCommand.class
    })
final class MedallionCommand implements Runnable {

  private final Function<String, String> environment;
  private final UseCases useCases;

  @Spec CommandSpec spec;

  MedallionCommand(Function<String, String> environment, UseCases useCases) {
    this.environment = environment;
    this.useCases = useCases;
  }

  @Option(
      names = "--log-format",
      paramLabel = "FORMAT",
      scope = ScopeType.INHERIT,
      defaultValue = "${env:MEDALLION_LOG_FORMAT:-text}",
      converter = LogFormatConverter.class,
      description =
          "text (default), or json: JSON lines on stderr with the run's id, stage and table as"
              + " fields, for Log Analytics (or set MEDALLION_LOG_FORMAT).")
  void logFormat(LogFormat format) {
    if (format == LogFormat.JSON) {
      useCases.logIn(format);
    }
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

  /** A log format by its lower-case name. */
  static final class LogFormatConverter implements ITypeConverter<LogFormat> {
    @Override
    public LogFormat convert(String value) {
      for (LogFormat format : LogFormat.values()) {
        if (format.name().equalsIgnoreCase(value.strip())) {
          return format;
        }
      }
      throw new TypeConversionException("not a log format: '" + value + "' (text or json)");
    }
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
