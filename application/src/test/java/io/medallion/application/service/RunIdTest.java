package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.run.RunId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunIdTest {

  @Test
  void givenStart_startingAt_namesItsUtcTimeAndAHexSuffix() {
    RunId id = RunId.startingAt(Instant.parse("2026-11-24T22:43:01.900Z"));

    assertThat(id.value()).matches("20261124-224301-[0-9a-f]{4}");
    assertThat(id).hasToString(id.value());
  }

  @Test
  void givenWellFormedText_construct_keepsIt() {
    assertThat(new RunId("20261124-224301-3fa2").value()).isEqualTo("20261124-224301-3fa2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "20261124-224301",
        "20261124-224301-3FA2",
        "2026-11-24-3fa2",
        " 20261124-224301-3fa2"
      })
  void givenMalformedText_construct_isRefused(String value) {
    assertThatThrownBy(() -> new RunId(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(value);
  }

  @Test
  void givenNull_construct_isRefused() {
    assertThatThrownBy(() -> new RunId(null)).isInstanceOf(NullPointerException.class);
  }
}
