package io.medallion.adapters.http;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff, capped, then jittered: the wait before retry {@code n} is drawn uniformly
 * from {@code [c(1 - jitter), min(c(1 + jitter), max)]} where {@code c = min(initial *
 * multiplier^(n-1), max)}, so it never exceeds {@code max} and stays spread once {@code c} reaches
 * it.
 */
final class JitteredBackoff implements IntervalFunction {

  private final double initialMillis;
  private final double multiplier;
  private final double jitter;
  private final double maxMillis;
  private final DoubleSupplier random;

  JitteredBackoff(Duration initial, double multiplier, double jitter, Duration max) {
    this(initial, multiplier, jitter, max, () -> ThreadLocalRandom.current().nextDouble());
  }

  // resilience4j's ofExponentialRandomBackoff randomises first and caps after: from the attempt
  // whose lowest draw passes the cap on, every wait equals the cap, in lockstep with every other
  // client. Drawing after the cap keeps the spread.
  JitteredBackoff(
      Duration initial, double multiplier, double jitter, Duration max, DoubleSupplier random) {
    this.initialMillis = initial.toMillis();
    this.multiplier = multiplier;
    this.jitter = jitter;
    this.maxMillis = max.toMillis();
    this.random = random;
  }

  @Override
  public Long apply(Integer attempt) {
    double capped = Math.min(initialMillis * Math.pow(multiplier, attempt - 1.0), maxMillis);
    double low = capped * (1 - jitter);
    double high = Math.min(capped * (1 + jitter), maxMillis);
    return Math.max(1L, Math.round(low + random.getAsDouble() * (high - low)));
  }
}
