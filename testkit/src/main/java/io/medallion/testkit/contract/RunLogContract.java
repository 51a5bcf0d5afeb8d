package io.medallion.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.medallion.application.port.out.RunLog;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.PastRun;
import io.medallion.application.run.PastRun.Rows;
import io.medallion.application.run.PastRun.Status;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.application.run.RunReport.StageTiming;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RunLog} adapter must do; subclass it with a fresh, empty log per test. */
public abstract class RunLogContract {

  protected abstract RunLog newLog() throws Exception;

  @Test
  void givenRecordedRun_find_givesBackTheSameReport() throws Exception {
    RunLog log = newLog();
    RunReport report = report("20261124-100000-0001", Instant.parse("2026-11-24T10:00:00Z"), null);

    log.record(report);

    assertThat(log.find(Optional.of(report.runId()))).hasValue(report);
  }

  @Test
  void givenTwoRuns_findWithoutRun_givesTheLatest() throws Exception {
    RunLog log = newLog();
    RunReport first = report("20261124-100000-0001", Instant.parse("2026-11-24T10:00:00Z"), null);
    RunReport second =
        report("20261124-110000-0002", Instant.parse("2026-11-24T11:00:00Z"), "it broke");

    log.record(first);
    log.record(second);

    assertThat(log.find(Optional.empty())).hasValue(second);
    assertThat(log.find(Optional.of(first.runId()))).hasValue(first);
  }

  @Test
  void givenSameRunRecordedTwice_find_keepsOneCopy() throws Exception {
    RunLog log = newLog();
    RunReport report = report("20261124-100000-0001", Instant.parse("2026-11-24T10:00:00Z"), null);

    log.record(report);
    log.record(report);

    assertThat(log.find(Optional.of(report.runId())).orElseThrow().tables()).hasSize(2);
  }

  @Test
  void givenEmptyLog_find_isEmpty() throws Exception {
    RunLog log = newLog();

    assertThat(log.find(Optional.empty())).isEmpty();
    assertThat(log.find(Optional.of(new RunId("20261124-100000-0009")))).isEmpty();
  }

  @Test
  void givenStartedRunNeverRecorded_history_showsItDiedAndFindSkipsIt() throws Exception {
    RunLog log = newLog();
    RunId run = new RunId("20261124-100000-0001");
    Instant start = Instant.parse("2026-11-24T10:00:00Z");

    log.started(run, start);

    assertThat(log.history(10)).containsExactly(PastRun.died(run, start));
    assertThat(log.find(Optional.of(run))).isEmpty();
    assertThat(log.find(Optional.empty())).isEmpty();
  }

  @Test
  void givenStartedThenRecordedRun_history_showsOneLineWithItsEnd() throws Exception {
    RunLog log = newLog();
    RunReport report = report("20261124-100000-0001", Instant.parse("2026-11-24T10:00:00Z"), null);

    log.started(report.runId(), report.startedAt());
    log.record(report);

    assertThat(log.history(10)).containsExactly(PastRun.of(report));
    assertThat(log.find(Optional.of(report.runId()))).hasValue(report);
    assertThat(log.find(Optional.empty())).hasValue(report);
  }

  @Test
  void givenRunsThatSucceededFailedAndDied_history_isNewestFirstAndLimited() throws Exception {
    RunLog log = newLog();
    RunReport succeeded =
        report("20261124-100000-0001", Instant.parse("2026-11-24T10:00:00Z"), null);
    RunReport failed =
        report("20261124-110000-0002", Instant.parse("2026-11-24T11:00:00Z"), "it broke");
    RunId died = new RunId("20261124-120000-0003");
    Instant diedAt = Instant.parse("2026-11-24T12:00:00Z");

    for (RunReport report : List.of(succeeded, failed)) {
      log.started(report.runId(), report.startedAt());
      log.record(report);
    }
    log.started(died, diedAt);

    assertThat(log.history(10))
        .extracting(PastRun::runId, PastRun::status, PastRun::failure)
        .containsExactly(
            tuple(died, Status.DIED, Optional.empty()),
            tuple(failed.runId(), Status.FAILED, Optional.of("it broke")),
            tuple(succeeded.runId(), Status.SUCCEEDED, Optional.empty()));
    assertThat(log.history(2)).extracting(PastRun::runId).containsExactly(died, failed.runId());
    assertThat(log.find(Optional.empty())).hasValue(failed);
  }

  @Test
  void givenRecordedRun_history_sumsRowsPerStageAndCountsLandedFiles() throws Exception {
    RunLog log = newLog();
    RunReport report = report("20261124-100000-0001", Instant.parse("2026-11-24T10:00:00Z"), null);

    log.record(report);

    PastRun run = log.history(1).get(0);
    assertThat(run.finishedAt()).hasValue(report.finishedAt());
    assertThat(run.filesIngested()).isEqualTo(1);
    assertThat(run.bronze()).isEqualTo(Rows.NONE);
    assertThat(run.silver()).isEqualTo(new Rows(10, 8));
    assertThat(run.gold()).isEqualTo(new Rows(5, 5));
  }

  @Test
  void givenRunStartedTwice_history_keepsTheFirstStart() throws Exception {
    RunLog log = newLog();
    RunId run = new RunId("20261124-100000-0001");
    Instant start = Instant.parse("2026-11-24T10:00:00Z");

    log.started(run, start);
    log.started(run, start.plusSeconds(5));

    assertThat(log.history(10)).containsExactly(PastRun.died(run, start));
  }

  @Test
  void givenRunWithNothingNewAfterARecordedRun_history_showsItAsNothingNew() throws Exception {
    RunLog log = newLog();
    RunReport before = report("20261124-100000-0001", Instant.parse("2026-11-24T10:00:00Z"), null);
    Instant start = Instant.parse("2026-11-24T11:00:00Z");
    RunReport quiet =
        new RunReport(
            new RunId("20261124-110000-0002"),
            start,
            start.plusMillis(900),
            Optional.empty(),
            List.of(new IngestedFile("netflix_cast", "raw/netflix_cast/a.csv", 120, false)),
            List.of(),
            List.of(new StageTiming(Stage.INGEST, Duration.ofMillis(300))),
            true);

    log.started(before.runId(), before.startedAt());
    log.record(before);
    log.record(quiet);

    assertThat(log.history(10))
        .extracting(PastRun::runId, PastRun::status, PastRun::filesIngested)
        .containsExactly(
            tuple(quiet.runId(), Status.NOTHING_NEW, 0L),
            tuple(before.runId(), Status.SUCCEEDED, 1L));
    assertThat(log.find(Optional.empty())).hasValue(quiet);
  }

  @Test
  void givenEmptyLog_history_isEmpty() throws Exception {
    assertThat(newLog().history(10)).isEmpty();
  }

  private static RunReport report(String id, Instant start, String failure) {
    ExpectationResult present =
        new ExpectationResult("show_id_present", Action.QUARANTINE, "TRIM(show_id) <> ''", 9, 1);
    ExpectationResult rating =
        new ExpectationResult("rating_known", Action.WARN, "rating IS NOT NULL", 8, 2);
    return new RunReport(
        new RunId(id),
        start,
        start.plusSeconds(42),
        Optional.ofNullable(failure),
        List.of(new IngestedFile("netflix_cast", "raw/netflix_cast/a.csv", 120, true)),
        List.of(
            new LayerResult(
                TableName.of(Layer.SILVER, "titles"),
                10,
                8,
                1,
                1,
                List.of(present, rating),
                3,
                false),
            new LayerResult(
                TableName.of(Layer.GOLD, "agg_titles_by_year"), 5, 5, 0, 0, List.of(), 2, true)),
        List.of(
            new StageTiming(Stage.INGEST, Duration.ofMillis(250)),
            new StageTiming(Stage.SILVER, Duration.ofMillis(4000))));
  }
}
