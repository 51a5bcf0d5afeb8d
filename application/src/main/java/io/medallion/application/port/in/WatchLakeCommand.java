package io.medallion.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * Watch the lake: at every tick (every {@code interval}), a batch that runs {@code run} on whatever
 * is new; after failures in a row, the pause between tries doubles, up to {@code longestPause}.
 */
public record WatchLakeCommand(RunPipelineCommand run, Duration interval, Duration longestPause) {

  /** The pause after failures in a row stops growing here unless the interval is longer. */
  public static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

  public WatchLakeCommand {
    Objects.requireNonNull(run, "run");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("a watch's interval must be positive: " + interval);
    }
    if (longestPause.compareTo(interval) < 0) {
      longestPause = interval;
    }
  }

  /** Watches with {@code run} every {@code interval}, backing off up to five minutes. */
  public WatchLakeCommand(RunPipelineCommand run, Duration interval) {
    this(run, interval, LONGEST_PAUSE);
  }

  /**
   * The pause before the next try after {@code failuresInARow} failed batches: the interval,
   * doubled for each failure after the first, never longer than {@code longestPause}.
   */
  public Duration pauseAfter(int failuresInARow) {
    Duration pause = interval;
    for (int i = 1; i < failuresInARow && pause.compareTo(longestPause) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(longestPause) < 0 ? pause : longestPause;
  }
}
