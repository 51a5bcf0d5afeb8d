package io.medallion.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("1994-11-06T08:49:07Z");

  @Test
  void givenDeltaSeconds_parse_isThatMany() {
    assertThat(RetryAfter.parse("120", NOW)).hasValue(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", NOW)).hasValue(Duration.ZERO);
  }

  @Test
  void givenDeltaSecondsBeyondALong_parse_isAnEndlessWait() {
    assertThat(RetryAfter.parse("99999999999999999999999", NOW).orElseThrow())
        .isGreaterThan(Duration.ofDays(365L * 1000));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994"
      })
  void givenAnHttpDateInAnyOfItsForms_parse_isTheTimeUntilThen(String date) {
    assertThat(RetryAfter.parse(date, NOW)).hasValue(Duration.ofSeconds(30));
  }

  @Test
  void givenAPastDate_parse_isNoWait() {
    assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:00:00 GMT", NOW)).hasValue(Duration.ZERO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "-5", "1.5", "06 Nov 1994"})
  void givenNeitherSecondsNorADate_parse_isNothing(String value) {
    assertThat(RetryAfter.parse(value, NOW)).isEmpty();
  }
}
