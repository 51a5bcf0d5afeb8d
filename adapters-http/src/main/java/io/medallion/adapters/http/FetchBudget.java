package io.medallion.adapters.http;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.Optional;

/**
 * What one fetch (or one alert) may still spend: time up to its total deadline, and before each
 * retry a wait (the backoff, or longer if the source asked for it within the bound); it says why it
 * stopped early.
 */
final class FetchBudget {

  // resilience4j gives up, rethrowing the last failure, when the wait it is told is negative.
  private static final long STOP = -1;

  private final IntervalFunction backoff;
  private final Duration maxRetryAfter;
  private final Duration totalTimeout;
  private final long deadline;
  private int attempts;
  private String stoppedBecause;

  FetchBudget(HttpSettings settings, IntervalFunction backoff) {
    this.backoff = backoff;
    this.maxRetryAfter = settings.maxRetryAfter();
    this.totalTimeout = settings.totalTimeout();
    this.deadline = System.nanoTime() + settings.totalTimeout().toNanos();
  }

  /** Counts an attempt and returns the longest it may take: what is left of the total. */
  Duration startAttempt() {
    attempts++;
    // Never zero, which HttpRequest refuses; an attempt so late fails on its own timeout.
    return remaining().compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : remaining();
  }

  /** The wait in milliseconds before retry {@code retry}, or a negative number to stop. */
  long waitBefore(int retry, Either<Throwable, ?> outcome) {
    long wait = backoff.apply(retry);
    Optional<Duration> asked =
        outcome.isLeft() && outcome.getLeft() instanceof TransientFetchFailure
            ? ((TransientFetchFailure) outcome.getLeft()).retryAfter()
            : Optional.empty();
    if (asked.isPresent()) {
      if (asked.get().compareTo(maxRetryAfter) > 0) {
        return stop(
            "the source asked to retry after "
                + show(asked.get())
                + ", more than the "
                + show(maxRetryAfter)
                + " allowed");
      }
      wait = Math.max(wait, asked.get().toMillis());
    }
    if (Duration.ofMillis(wait).compareTo(remaining()) >= 0) {
      return stop(
          "waiting "
              + show(Duration.ofMillis(wait))
              + " more would pass the total timeout of "
              + show(totalTimeout));
    }
    return wait;
  }

  /** "1 attempt" or "n attempts". */
  String attemptsMade() {
    return attempts + (attempts == 1 ? " attempt" : " attempts");
  }

  Optional<String> stoppedBecause() {
    return Optional.ofNullable(stoppedBecause);
  }

  private long stop(String reason) {
    stoppedBecause = reason;
    return STOP;
  }

  private Duration remaining() {
    return Duration.ofNanos(deadline - System.nanoTime());
  }

  static String show(Duration duration) {
    // Seconds first: a Retry-After of absurd length would overflow the milliseconds.
    return duration.getSeconds() < 10 ? duration.toMillis() + " ms" : duration.getSeconds() + " s";
  }
}
