package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.in.WatchLakeCommand;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchLakeCommandTest {

  private static final RunPipelineCommand RUN = new RunPipelineCommand(List.of());

  @Test
  void givenFailuresInARow_pauseAfter_doublesTheIntervalUpToTheLongestPause() {
    WatchLakeCommand command =
        new WatchLakeCommand(RUN, Duration.ofSeconds(10), Duration.ofSeconds(45));

    assertThat(List.of(1, 2, 3, 4, 50).stream().map(command::pauseAfter))
        .containsExactly(
            Duration.ofSeconds(10),
            Duration.ofSeconds(20),
            Duration.ofSeconds(40),
            Duration.ofSeconds(45),
            Duration.ofSeconds(45));
  }

  @Test
  void givenALongestPauseShorterThanTheInterval_watchCommand_pausesTheInterval() {
    WatchLakeCommand command = new WatchLakeCommand(RUN, Duration.ofMinutes(10));

    assertThat(command.longestPause()).isEqualTo(Duration.ofMinutes(10));
    assertThat(command.pauseAfter(3)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void givenNoInterval_watchCommand_isRefused() {
    assertThatThrownBy(() -> new WatchLakeCommand(RUN, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interval must be positive");
  }

  @Test
  void givenQuiet_runPipelineCommand_keepsEverythingElse() {
    RunPipelineCommand quiet = RUN.waitingUpTo(Duration.ofSeconds(3)).quietWhenNothingNew();

    assertThat(quiet.recordsNothingNew()).isFalse();
    assertThat(quiet.lockWait()).isEqualTo(Duration.ofSeconds(3));
    assertThat(quiet.waitingUpTo(Duration.ZERO).recordsNothingNew()).isFalse();
    assertThat(RUN.recordsNothingNew()).isTrue();
  }
}
