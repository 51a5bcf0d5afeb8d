package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.run.PastRun;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.testkit.memory.InMemoryRunLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunHistoryServiceTest {

  private final InMemoryRunLog log = new InMemoryRunLog();
  private final RunHistoryService history = new RunHistoryService(log);

  @Test
  void givenThreeRuns_historyOfTwo_givesTheNewestTwo() {
    for (int i = 1; i <= 3; i++) {
      Instant start = Instant.parse("2026-11-24T10:00:00Z").plusSeconds(i * 60L);
      RunId run = new RunId("20261124-10%02d00-000%d".formatted(i, i));
      log.started(run, start);
      if (i < 3) {
        log.record(
            new RunReport(
                run,
                start,
                start.plusSeconds(5),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of()));
      }
    }

    assertThat(history.history(2))
        .extracting(PastRun::status)
        .containsExactly(PastRun.Status.DIED, PastRun.Status.SUCCEEDED);
  }

  @Test
  void givenLimitOfZero_history_isRefused() {
    assertThatThrownBy(() -> history.history(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
