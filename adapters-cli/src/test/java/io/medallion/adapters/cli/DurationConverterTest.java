package io.medallion.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** Duration options read as the config files' durations are. */
class DurationConverterTest {

  private final DurationConverter converter = new DurationConverter();

  @ParameterizedTest
  @CsvSource({
    "0s, PT0S",
    "30s, PT30S",
    "10m, PT10M",
    "1h, PT1H",
    "2d, PT48H",
    "1.5h, PT1H30M",
    "' 90 seconds ', PT1M30S",
    "1 minute, PT1M",
    "500, PT0.5S",
    "250ms, PT0.25S",
    "+5s, PT5S"
  })
  void givenADuration_convert_readsItAsTheConfigFilesDo(String text, String expected) {
    assertThat(converter.convert(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "s", "soon", "10 parsecs", "1x", "1.2.3s", "5 M"})
  void givenNoDuration_convert_failsNamingWhatToWrite(String text) {
    assertThatThrownBy(() -> converter.convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("not a duration (try 30s, 10m or 1h)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5s", "-1ms"})
  void givenANegativeDuration_convert_isRefused(String text) {
    assertThatThrownBy(() -> converter.convert(text))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("cannot be negative");
  }
}
