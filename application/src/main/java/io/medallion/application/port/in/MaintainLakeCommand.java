package io.medallion.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * Maintains the lake keeping every version younger than {@code retention}; a retention below {@link
 * #MINIMUM_RETENTION} is refused, since vacuum would delete files that a reader of an older version
 * or a run still writing may need. It holds the lake like a run, waiting up to {@code lockWait}.
 */
public record MaintainLakeCommand(Duration retention, Duration lockWait) {

  /** Delta's own default retention of deleted files: seven days. */
  public static final Duration MINIMUM_RETENTION = Duration.ofHours(168);

  public MaintainLakeCommand {
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(lockWait, "lockWait");
    if (lockWait.isNegative()) {
      throw new IllegalArgumentException("a wait cannot be negative: " + lockWait);
    }
    if (retention.compareTo(MINIMUM_RETENTION) < 0) {
      throw new IllegalArgumentException(
          "a retention of "
              + retention.toHours()
              + " hours is refused: below "
              + MINIMUM_RETENTION.toHours()
              + " hours, vacuum could delete files an older version or a running write still"
              + " needs");
    }
  }

  /** Maintenance that fails at once when a run holds the lake. */
  public MaintainLakeCommand(Duration retention) {
    this(retention, Duration.ZERO);
  }
}
