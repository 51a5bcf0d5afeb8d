package io.medallion.application.service;

import io.medallion.application.port.in.ShowHistoryUseCase;
import io.medallion.application.port.in.ShowRunUseCase;
import io.medallion.application.port.out.RunLog;
import io.medallion.application.run.PastRun;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import java.util.List;
import java.util.Optional;

/** Reads recorded runs through the {@link RunLog} port. */
public final class RunHistoryService implements ShowRunUseCase, ShowHistoryUseCase {

  private final RunLog runLog;

  public RunHistoryService(RunLog runLog) {
    this.runLog = runLog;
  }

  @Override
  public RunReport show(Optional<RunId> run) {
    return runLog
        .find(run)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    run.map(r -> "no run " + r + " in the run log")
                        .orElse("the run log holds no run yet")));
  }

  @Override
  public List<PastRun> history(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the history shows at least 1 run, not " + limit);
    }
    return runLog.history(limit);
  }
}
