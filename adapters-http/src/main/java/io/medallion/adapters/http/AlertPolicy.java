package io.medallion.adapters.http;

import io.medallion.domain.quality.Action;

/**
 * Which failed expectations raise an alert besides a failed run: those that fail the run, or also
 * those that only warn (tutorial data always has some, so not by default). Dropped and quarantined
 * rows are the expectations doing their job, never an alert.
 */
public enum AlertPolicy {
  FAILURES,
  FAILURES_AND_WARNINGS;

  /** True when rows failing an expectation with {@code action} call for an alert. */
  boolean alertsOn(Action action) {
    return action == Action.FAIL || (this == FAILURES_AND_WARNINGS && action == Action.WARN);
  }
}
