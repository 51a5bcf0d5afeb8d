package io.medallion.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

  private static final Duration SECOND = Duration.ofSeconds(1);

  @Test
  void givenNothing_defaults_areTheDocumentedOnes() {
    assertThat(HttpSettings.defaults())
        .isEqualTo(
            new HttpSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                4,
                Duration.ofMillis(200),
                Duration.ofSeconds(5),
                Duration.ofSeconds(60),
                Duration.ofMinutes(2)));
  }

  @Test
  void givenTheFirstFiveSettings_construction_defaultsTheRetryAfterBoundAndTotalTimeout() {
    HttpSettings settings = new HttpSettings(SECOND, SECOND, 2, SECOND, SECOND);

    assertThat(settings.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.totalTimeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void givenNonPositiveRetryAfterBoundOrTotalTimeout_construction_isRefused() {
    assertThatThrownBy(
            () -> new HttpSettings(SECOND, SECOND, 1, SECOND, SECOND, Duration.ZERO, SECOND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRetryAfter");
    assertThatThrownBy(
            () -> new HttpSettings(SECOND, SECOND, 1, SECOND, SECOND, SECOND, SECOND.negated()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("totalTimeout");
    assertThatThrownBy(() -> new HttpSettings(SECOND, SECOND, 1, SECOND, SECOND, SECOND, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("totalTimeout");
  }

  @Test
  void givenNonPositiveTimeout_construction_isRefused() {
    assertThatThrownBy(() -> new HttpSettings(Duration.ZERO, SECOND, 1, SECOND, SECOND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> new HttpSettings(SECOND, SECOND.negated(), 1, SECOND, SECOND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestTimeout");
  }

  @Test
  void givenNoAttempts_construction_isRefused() {
    assertThatThrownBy(() -> new HttpSettings(SECOND, SECOND, 0, SECOND, SECOND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
  }

  @Test
  void givenBackoffsOutOfOrderOrTooShort_construction_isRefused() {
    assertThatThrownBy(() -> new HttpSettings(SECOND, SECOND, 2, SECOND, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> new HttpSettings(SECOND, SECOND, 2, Duration.ofNanos(10), SECOND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initialBackoff");
  }

  @Test
  void givenMissingDuration_construction_isRefused() {
    assertThatThrownBy(() -> new HttpSettings(SECOND, null, 2, SECOND, SECOND))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("requestTimeout");
  }
}
