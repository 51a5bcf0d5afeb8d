package io.medallion.adapters.http;

import static io.medallion.adapters.http.TestRuns.expectation;
import static io.medallion.adapters.http.TestRuns.failedRun;
import static io.medallion.adapters.http.TestRuns.succeededRun;
import static io.medallion.adapters.http.TestRuns.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.quality.Action;
import org.junit.jupiter.api.Test;

class AlertTextTest {

  @Test
  void givenFailedRunWithAFailedExpectation_of_namesRunReasonTableAndCounts() {
    String text =
        AlertText.of(
                failedRun(
                    "expectation valid_year failed on silver.titles",
                    table("silver.titles", expectation("valid_year", Action.FAIL, 3, 7))),
                AlertPolicy.FAILURES)
            .orElseThrow();

    assertThat(text)
        .isEqualTo(
            "Medallion run "
                + TestRuns.RUN
                + " failed: expectation valid_year failed on silver.titles\n"
                + "- `silver.titles`: expectation `valid_year` (FAIL) failed 3 of 10 rows");
  }

  @Test
  void givenReasonOfSeveralLines_oneLine_keepsTheFirst() {
    assertThat(AlertText.oneLine("\n  disk full  \n\tat Foo.bar(Foo.java:1)"))
        .isEqualTo("disk full");
  }

  @Test
  void givenLongReason_oneLine_cutsItShort() {
    assertThat(AlertText.oneLine("x".repeat(1000))).hasSize(300).endsWith("…");
  }

  @Test
  void givenBlankReason_oneLine_saysSo() {
    assertThat(AlertText.oneLine(" \n ")).isEqualTo("no reason given");
  }

  @Test
  void givenSucceededRunWithOnlyDropsAndQuarantines_of_isEmptyWhateverThePolicy() {
    var run =
        succeededRun(
            table(
                "silver.titles",
                expectation("has_id", Action.DROP, 5, 5),
                expectation("valid_type", Action.QUARANTINE, 2, 8)));

    assertThat(AlertText.of(run, AlertPolicy.FAILURES_AND_WARNINGS)).isEmpty();
  }
}
