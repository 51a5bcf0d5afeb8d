package io.medallion.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryRunLogTest {

  private final InMemoryRunLog log = new InMemoryRunLog();

  @Test
  void givenTwoRuns_record_keepsBothInOrder() {
    RunReport first = report("20260101-000000-0001", Optional.empty());
    RunReport second = report("20260101-000001-0002", Optional.of("broken"));

    log.record(first);
    log.record(second);

    assertThat(log.reports()).containsExactly(first, second);
  }

  @Test
  void givenSameRunTwice_record_keepsOne() {
    RunReport report = report("20260101-000000-0001", Optional.empty());

    log.record(report);
    log.record(report(report.runId().value(), Optional.of("again")));

    assertThat(log.reports()).containsExactly(report);
  }

  private static RunReport report(String id, Optional<String> failure) {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    return new RunReport(new RunId(id), at, at, failure, List.of(), List.of(), List.of());
  }
}
