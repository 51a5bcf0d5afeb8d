package io.medallion.bootstrap;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.run.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options a pipeline run shares between {@code run} and {@code demo}. */
final class RunOptions {

  @Option(
      names = "--wait",
      defaultValue = "0s",
      converter = WaitConverter.class,
      description =
          "Wait this long (30s, 10m, 1h) for a run holding the lake to finish; by default a"
              + " second run exits at once naming the holder.")
  Duration wait;

  @Option(
      names = "--full-refresh",
      description =
          "Rebuild every bronze, silver and gold table from the raw zone and the landing folder;"
              + " refused if a table is marked to keep (see `medallion protect`).")
  boolean fullRefresh;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write the run's report (seconds per stage, rows per table) as JSON.")
  Path report;

  /** Writes the report where {@code --report} says, if it says. */
  void writeReport(RunReport done) throws IOException {
    if (report != null) {
      RunReportJson.write(report, done);
    }
  }

  RunPipelineCommand applyTo(RunPipelineCommand command) {
    RunPipelineCommand waiting = command.waitingUpTo(wait);
    return fullRefresh ? waiting.refreshingFully() : waiting;
  }

  /** A duration as HOCON spells it: {@code 90s}, {@code 10m}, {@code 1h}. */
  static final class WaitConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        Duration wait = ConfigFactory.parseMap(Map.of("wait", value)).getDuration("wait");
        if (wait.isNegative()) {
          throw new TypeConversionException("a wait cannot be negative: " + value);
        }
        return wait;
      } catch (ConfigException e) {
        throw new TypeConversionException("not a duration (try 30s, 10m or 1h): " + value);
      }
    }
  }
}
