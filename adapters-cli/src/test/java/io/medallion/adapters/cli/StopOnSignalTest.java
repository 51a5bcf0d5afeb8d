package io.medallion.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.application.run.RunReport.StageTiming;
import io.medallion.domain.table.TableName;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;

/** The watch's clock and console: pauses until a signal, then stops at the next one. */
class StopOnSignalTest {

  private final StringWriter out = new StringWriter();

  @Test
  void givenNoSignal_pause_waitsAndLetsTheWatchGoOn() throws Exception {
    try (StopOnSignal stop = StopOnSignal.install(new PrintWriter(out))) {
      assertThat(stop.pause(Duration.ofMillis(20))).isTrue();
    }
  }

  @Test
  void givenSigterm_pause_endsTheWatchAndSaysSo() throws Exception {
    try (StopOnSignal stop = StopOnSignal.install(new PrintWriter(out))) {
      Signal.raise(new Signal("TERM"));

      // The handler runs on a thread of its own; the pause ends as soon as it has.
      assertThat(stop.pause(Duration.ofMinutes(1))).isFalse();
      assertThat(stop.pause(Duration.ZERO)).isFalse();
    }
    assertThat(out.toString()).contains("SIGTERM: stopping after the current batch");
  }

  @Test
  void givenAFinishedBatch_batchLines_printsOneLineAndNothingForAnIdleTick() {
    BatchLines lines = new BatchLines(new PrintWriter(out));
    Instant start = Instant.parse("2026-12-06T10:00:00Z");
    LayerResult bronze =
        new LayerResult(TableName.parse("bronze.titles"), 12, 12, 0, 0, List.of(), 3, false);
    LayerResult silver =
        new LayerResult(TableName.parse("silver.titles"), 12, 10, 0, 2, List.of(), 3, false);

    lines.runFinished(
        new RunReport(
            RunId.startingAt(start),
            start,
            start.plusMillis(2500),
            Optional.empty(),
            List.of(),
            List.of(bronze, silver),
            List.of(
                new StageTiming(Stage.BRONZE, Duration.ofMillis(1200)),
                new StageTiming(Stage.SILVER, Duration.ofMillis(1300)))));
    lines.runFinished(
        new RunReport(
            RunId.startingAt(start),
            start,
            start,
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            true));

    assertThat(out.toString().lines())
        .singleElement()
        .asString()
        .contains(
            "succeeded in 2.5 s: 12 rows into bronze, 2 quarantined (bronze 1.2 s, silver 1.3 s)");
  }
}
