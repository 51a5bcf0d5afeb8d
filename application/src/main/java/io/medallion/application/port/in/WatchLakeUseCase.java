package io.medallion.application.port.in;

/**
 * The Delta Live Tables continuous mode: the pipeline run at every tick, as long as the caller lets
 * it, over new title files and changed lookups.
 */
public interface WatchLakeUseCase {

  /**
   * Runs a batch at every tick until {@code watching} says stop. Each batch is a run in the history
   * and holds the lake's lock for its own span only; a tick that finds nothing new leaves no record
   * and starts no engine. A failed batch is reported and tried again, after a pause that grows with
   * the failures in a row; the watch itself never fails for it.
   */
  WatchSummary watch(WatchLakeCommand command, Watching watching) throws InterruptedException;

  /**
   * What a watch did: batches run (of which failed), and ticks that found nothing new or a busy
   * lake.
   */
  record WatchSummary(int batches, int failed, int idle, int busy) {}
}
