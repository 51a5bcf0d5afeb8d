package io.medallion.application.port.in;

import io.medallion.application.run.RunReport;
import java.time.Duration;

/**
 * The watcher's caller: it keeps the time between ticks, says when to stop, and hears about each
 * batch. Every method but {@link #pause} is optional.
 */
public interface Watching {

  /**
   * Waits up to {@code pause} before the next tick; returns false, at once, once the watch is to
   * stop (a signal, Ctrl-C). A batch that is running when the stop comes finishes first.
   */
  boolean pause(Duration pause) throws InterruptedException;

  /** A batch ran and did something; its report is in the history. */
  default void batchDone(RunReport report) {}

  /**
   * A batch failed ({@code failuresInARow} in a row so far); the next try comes after {@code
   * nextTry}.
   */
  default void batchFailed(RuntimeException failure, int failuresInARow, Duration nextTry) {}

  /** Another run or a maintenance holds the lake; the tick is skipped. */
  default void lakeBusy(String holder) {}
}
