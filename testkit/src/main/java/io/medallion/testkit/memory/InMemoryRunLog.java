package io.medallion.testkit.memory;

import io.medallion.application.port.out.RunLog;
import io.medallion.application.run.PastRun;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run log in memory: reports in the order recorded, the first report of a run id kept, and the
 * start of every run noted.
 */
public final class InMemoryRunLog implements RunLog {

  private final Map<RunId, RunReport> reports = new LinkedHashMap<>();
  private final Map<RunId, Instant> starts = new HashMap<>();

  @Override
  public synchronized void started(RunId run, Instant at) {
    if (!reports.containsKey(run)) {
      starts.putIfAbsent(run, at);
    }
  }

  @Override
  public synchronized void record(RunReport report) {
    reports.putIfAbsent(report.runId(), report);
  }

  @Override
  public synchronized Optional<RunReport> find(Optional<RunId> run) {
    if (run.isPresent()) {
      return Optional.ofNullable(reports.get(run.get()));
    }
    return reports.values().stream().reduce((first, second) -> second);
  }

  @Override
  public synchronized List<PastRun> history(int limit) {
    Map<RunId, PastRun> runs = new HashMap<>();
    starts.forEach((run, at) -> runs.put(run, PastRun.died(run, at)));
    reports.forEach((run, report) -> runs.put(run, PastRun.of(report)));
    return runs.values().stream()
        .sorted(
            Comparator.comparing(PastRun::startedAt)
                .thenComparing(r -> r.runId().value())
                .reversed())
        .limit(limit)
        .toList();
  }

  /** Every recorded report, oldest first. */
  public synchronized List<RunReport> reports() {
    return List.copyOf(reports.values());
  }
}
