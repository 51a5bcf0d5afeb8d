package io.medallion.application.service;

import io.medallion.application.port.in.RunPipelineUseCase;
import io.medallion.application.port.in.WatchLakeCommand;
import io.medallion.application.port.in.WatchLakeUseCase;
import io.medallion.application.port.in.Watching;
import io.medallion.application.port.out.LakeBusyException;
import io.medallion.application.run.RunReport;
import java.time.Duration;

/** Runs the pipeline tick after tick, each batch with its own lock, until told to stop. */
public final class WatchService implements WatchLakeUseCase {

  private final RunPipelineUseCase pipeline;

  public WatchService(RunPipelineUseCase pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public WatchSummary watch(WatchLakeCommand command, Watching watching)
      throws InterruptedException {
    int batches = 0;
    int failed = 0;
    int idle = 0;
    int busy = 0;
    int failuresInARow = 0;
    Duration pause = Duration.ZERO;
    while (watching.pause(pause)) {
      pause = command.interval();
      try {
        RunReport report = pipeline.run(command.run().quietWhenNothingNew());
        failuresInARow = 0;
        if (report.nothingNew()) {
          idle++;
        } else {
          batches++;
          watching.batchDone(report);
        }
      } catch (LakeBusyException e) {
        busy++;
        watching.lakeBusy(e.getMessage());
      } catch (RuntimeException e) {
        batches++;
        failed++;
        failuresInARow++;
        pause = command.pauseAfter(failuresInARow);
        watching.batchFailed(e, failuresInARow, pause);
      }
    }
    return new WatchSummary(batches, failed, idle, busy);
  }
}
