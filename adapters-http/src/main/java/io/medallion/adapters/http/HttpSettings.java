package io.medallion.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How sources are fetched: connect and per-request timeouts, and a retry budget of {@code
 * maxAttempts} tries whose backoff grows from {@code initialBackoff} up to {@code maxBackoff}.
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff) {

  public HttpSettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    // resilience4j refuses intervals under one millisecond.
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    if (initialBackoff.toMillis() < 1) {
      throw new IllegalArgumentException("initialBackoff must be at least 1ms: " + initialBackoff);
    }
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
    }
  }

  /** 5s to connect, 30s per request, 4 attempts, backoff from 200ms up to 5s. */
  public static HttpSettings defaults() {
    return new HttpSettings(
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        4,
        Duration.ofMillis(200),
        Duration.ofSeconds(5));
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
  }
}
