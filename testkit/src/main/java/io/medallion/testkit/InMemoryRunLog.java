package io.medallion.testkit;

import io.medallion.application.port.in.RunId;
import io.medallion.application.port.in.RunReport;
import io.medallion.application.port.out.RunLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The run log in memory: reports in the order recorded, the first report of a run id kept. */
public final class InMemoryRunLog implements RunLog {

  private final Map<RunId, RunReport> reports = new LinkedHashMap<>();

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

  /** Every recorded report, oldest first. */
  public synchronized List<RunReport> reports() {
    return List.copyOf(reports.values());
  }
}
