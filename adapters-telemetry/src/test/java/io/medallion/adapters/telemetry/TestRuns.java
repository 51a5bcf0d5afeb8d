package io.medallion.adapters.telemetry;

import io.medallion.application.port.out.RunProgress;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.application.run.RunReport.StageTiming;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.table.TableName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Made-up runs, and the events a pipeline would tell a listener of them. */
final class TestRuns {

  static final RunId RUN = new RunId("20260105-083000-beef");
  static final Duration LOCK_WAIT = Duration.ofMillis(1500);

  /** The retries each source of {@link #twoTables()} took. */
  static final Map<String, Integer> RETRIES = Map.of("cast", 2, "countries", 0);

  private static final Instant START = Instant.parse("2026-01-05T08:30:00Z");

  private TestRuns() {}

  /** Two lookups fetched (one new), silver.titles and gold.dim_title written, with expectations. */
  static RunReport twoTables() {
    return new RunReport(
        RUN,
        START,
        START.plusSeconds(90),
        Optional.empty(),
        List.of(
            new IngestedFile("cast", "raw/cast/20260105-083000-beef/cast.csv", 2048, true),
            new IngestedFile("countries", "raw/countries/x/countries.csv", 512, false)),
        List.of(
            new LayerResult(
                TableName.parse("silver.titles"),
                100,
                90,
                4,
                6,
                List.of(
                    expectation("valid_id", Action.DROP, 96, 4),
                    expectation("known_type", Action.QUARANTINE, 94, 6)),
                3,
                false),
            new LayerResult(
                TableName.parse("gold.dim_title"),
                90,
                90,
                0,
                0,
                List.of(expectation("unique_key", Action.WARN, 90, 0)),
                7,
                false)),
        List.of(
            new StageTiming(Stage.INGEST, Duration.ofMillis(1250)),
            new StageTiming(Stage.SILVER, Duration.ofMillis(3500)),
            new StageTiming(Stage.GOLD, Duration.ofSeconds(2))));
  }

  static RunReport failed() {
    RunReport done = twoTables();
    return new RunReport(
        RUN,
        START,
        START.plusSeconds(12),
        Optional.of("silver.titles does not reconcile"),
        List.of(),
        done.tables().subList(0, 1),
        List.of(new StageTiming(Stage.SILVER, Duration.ofSeconds(10))));
  }

  static RunReport nothingNew() {
    return new RunReport(
        RUN,
        START,
        START.plusMillis(1500),
        Optional.empty(),
        List.of(),
        List.of(),
        List.of(new StageTiming(Stage.INGEST, Duration.ofMillis(700))),
        true);
  }

  /** Tells {@code progress} of {@code report} as the pipeline would, in order. */
  static void replay(RunReport report, RunProgress progress) {
    progress.lockAcquired(report.runId(), LOCK_WAIT);
    for (StageTiming timing : report.stages()) {
      progress.stageStarted(timing.stage());
      if (timing.stage() == Stage.INGEST) {
        report.ingested().forEach(f -> progress.sourceFetched(f, RETRIES.get(f.source())));
      }
      report.tables().stream()
          .filter(t -> t.table().layer().name().equals(timing.stage().name()))
          .forEach(t -> progress.tableDone(timing.stage(), t));
      progress.stageFinished(timing.stage(), timing.took());
    }
    if (report.nothingNew()) {
      progress.nothingNew();
    }
    progress.runFinished(report);
  }

  private static ExpectationResult expectation(
      String name, Action action, long passed, long failed) {
    return new ExpectationResult(name, action, "true", passed, failed);
  }
}
