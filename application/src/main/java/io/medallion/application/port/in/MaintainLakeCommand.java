package io.medallion.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * Maintains the lake keeping every version younger than {@code retention}; a retention below {@link
 * #MINIMUM_RETENTION} is refused, since vacuum would delete files that a reader of an older version
 * or a run still writing may need.
 */
public record MaintainLakeCommand(Duration retention) {

  /** Delta's own default retention of deleted files: seven days. */
  public static final Duration MINIMUM_RETENTION = Duration.ofHours(168);

  public MaintainLakeCommand {
    Objects.requireNonNull(retention, "retention");
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
}
