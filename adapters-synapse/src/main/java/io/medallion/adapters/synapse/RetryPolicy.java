package io.medallion.adapters.synapse;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a transient SQL error is retried: the first wait, doubled after each
 * failure up to the longest wait, for at most so many attempts in all.
 */
public record RetryPolicy(int maxAttempts, Duration firstWait, Duration maxWait) {

  // Microsoft asks clients to wait at least 5 s before the first retry and at most a minute.
  static final Duration SHORTEST_FIRST_WAIT = Duration.ofSeconds(5);
  static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

  public RetryPolicy {
    Objects.requireNonNull(firstWait, "firstWait");
    Objects.requireNonNull(maxWait, "maxWait");
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("retry attempts must be 1-10: " + maxAttempts);
    }
    if (firstWait.compareTo(SHORTEST_FIRST_WAIT) < 0) {
      throw new IllegalArgumentException("the first retry waits at least 5s: " + firstWait);
    }
    if (maxWait.compareTo(firstWait) < 0 || maxWait.compareTo(LONGEST_WAIT) > 0) {
      throw new IllegalArgumentException(
          "the longest retry wait must lie between the first wait and 60s: " + maxWait);
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(5, SHORTEST_FIRST_WAIT, LONGEST_WAIT);
  }

  /**
   * The wait after the given failed attempt (1 for the first): first wait times 2^(n-1), capped.
   */
  Duration waitAfter(int failedAttempt) {
    if (failedAttempt < 1) {
      throw new IllegalArgumentException("attempts count from 1: " + failedAttempt);
    }
    // Past 2^5 the cap has long been reached; bounding the shift keeps the product from
    // overflowing.
    Duration wait = firstWait.multipliedBy(1L << Math.min(failedAttempt - 1, 10));
    return wait.compareTo(maxWait) > 0 ? maxWait : wait;
  }
}
