package io.medallion.adapters.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FilesystemSettingsTest {

  private static final Path LAKE = Path.of("lake");

  @Test
  void givenOnlyTheRoot_settings_beatEveryTenSecondsAndCallTwoMinutesOfSilenceStale() {
    FilesystemSettings settings = new FilesystemSettings(LAKE);

    assertThat(settings.lockHeartbeat()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.lockStaleAfter()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void givenNoHeartbeat_settings_areRefused() {
    assertThatThrownBy(() -> new FilesystemSettings(LAKE, Duration.ZERO, Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lockHeartbeat");
  }

  @Test
  void givenStalenessBoundUnderThreeHeartbeats_settings_areRefused() {
    assertThatThrownBy(
            () -> new FilesystemSettings(LAKE, Duration.ofSeconds(10), Duration.ofSeconds(29)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lockStaleAfter");
  }
}
