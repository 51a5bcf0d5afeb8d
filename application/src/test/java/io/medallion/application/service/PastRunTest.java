package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.PastRun;
import io.medallion.application.run.PastRun.Rows;
import io.medallion.application.run.PastRun.Status;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PastRunTest {

  private static final RunId RUN = new RunId("20261124-100000-0001");
  private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void givenReportWithTablesOfEachLayer_of_sumsRowsPerStageAndCountsLandedFiles() {
    RunReport report =
        new RunReport(
            RUN,
            START,
            START.plusSeconds(30),
            Optional.empty(),
            List.of(
                new IngestedFile("netflix_cast", "raw/a.csv", 10, true),
                new IngestedFile("netflix_category", "raw/b.csv", 10, false)),
            List.of(
                table(Layer.BRONZE, "cast", 10, 10),
                table(Layer.BRONZE, "titles", 5, 5),
                table(Layer.SILVER, "titles", 5, 4),
                table(Layer.GOLD, "dim_title", 4, 4)),
            List.of());

    PastRun run = PastRun.of(report);

    assertThat(run.status()).isEqualTo(Status.SUCCEEDED);
    assertThat(run.finishedAt()).hasValue(START.plusSeconds(30));
    assertThat(run.filesIngested()).isEqualTo(1);
    assertThat(run.bronze()).isEqualTo(new Rows(15, 15));
    assertThat(run.silver()).isEqualTo(new Rows(5, 4));
    assertThat(run.gold()).isEqualTo(new Rows(4, 4));
  }

  @Test
  void givenFailedReport_of_keepsTheReason() {
    RunReport report =
        new RunReport(
            RUN, START, START, Optional.of("silver broke"), List.of(), List.of(), List.of());

    assertThat(PastRun.of(report).status()).isEqualTo(Status.FAILED);
    assertThat(PastRun.of(report).failure()).hasValue("silver broke");
  }

  @Test
  void givenRunThatDied_died_hasNoEndAndNoRows() {
    PastRun run = PastRun.died(RUN, START);

    assertThat(run.status()).isEqualTo(Status.DIED);
    assertThat(run.finishedAt()).isEmpty();
    assertThat(run.bronze()).isEqualTo(Rows.NONE);
  }

  @Test
  void givenDiedRunWithAnEnd_construct_isRefused() {
    assertThatThrownBy(
            () ->
                new PastRun(
                    RUN,
                    START,
                    Optional.of(START),
                    Status.DIED,
                    Optional.empty(),
                    0,
                    Rows.NONE,
                    Rows.NONE,
                    Rows.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static LayerResult table(Layer layer, String name, long in, long out) {
    return new LayerResult(TableName.of(layer, name), in, out, in - out, 0, List.of(), 1, false);
  }
}
