package io.medallion.adapters.http;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.table.TableName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Run reports for alert tests: one run id, tables with the expectations' counts given. */
final class TestRuns {

  static final RunId RUN = new RunId("20260105-083000-beef");
  private static final Instant START = Instant.parse("2026-01-05T08:30:00Z");

  private TestRuns() {}

  static RunReport failedRun(String reason, LayerResult... tables) {
    return run(Optional.of(reason), tables);
  }

  static RunReport succeededRun(LayerResult... tables) {
    return run(Optional.empty(), tables);
  }

  static RunReport nothingNewRun() {
    return new RunReport(
        RUN, START, START.plusSeconds(1), Optional.empty(), List.of(), List.of(), List.of(), true);
  }

  /** A table whose rows in are the rows of its first expectation. */
  static LayerResult table(String qualified, ExpectationResult... expectations) {
    long rows = expectations.length == 0 ? 0 : expectations[0].passed() + expectations[0].failed();
    return new LayerResult(
        TableName.parse(qualified), rows, rows, 0, 0, List.of(expectations), 1, true);
  }

  static ExpectationResult expectation(String name, Action action, long failed, long passed) {
    return new ExpectationResult(name, action, "true", passed, failed);
  }

  private static RunReport run(Optional<String> failure, LayerResult... tables) {
    return new RunReport(
        RUN, START, START.plusSeconds(90), failure, List.of(), List.of(tables), List.of());
  }
}
