package io.medallion.application.service;

import io.medallion.application.port.in.PastRun;
import io.medallion.application.port.in.ShowHistoryUseCase;
import io.medallion.application.port.out.RunLog;
import java.util.List;

/** Lists past runs through the {@link RunLog} port. */
public final class HistoryService implements ShowHistoryUseCase {

  private final RunLog runLog;

  public HistoryService(RunLog runLog) {
    this.runLog = runLog;
  }

  @Override
  public List<PastRun> history(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("the history shows at least 1 run, not " + limit);
    }
    return runLog.history(limit);
  }
}
