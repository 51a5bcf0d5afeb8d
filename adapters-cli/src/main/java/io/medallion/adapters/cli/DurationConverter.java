package io.medallion.adapters.cli;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration option read as the config files' durations are (Lightbend Config's HOCON): {@code
 * 90s}, {@code 10m}, {@code 1.5h}, {@code 500ms}; never negative.
 */
final class DurationConverter implements ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    Duration duration;
    try {
      duration = ConfigFactory.parseMap(Map.of("d", value)).getDuration("d");
    } catch (ConfigException e) {
      throw new TypeConversionException("not a duration (try 30s, 10m or 1h): " + value);
    }
    if (duration.isNegative()) {
      throw new TypeConversionException("a duration cannot be negative: " + value);
    }
    return duration;
  }
}
