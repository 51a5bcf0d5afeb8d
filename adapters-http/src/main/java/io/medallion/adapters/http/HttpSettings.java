package io.medallion.adapters.http;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;

/**
 * How sources are fetched: a connect timeout; a request timeout that bounds the wait for the
 * headers and for each next piece of the body; a retry budget of {@code maxAttempts} tries whose
 * backoff grows from {@code initialBackoff} up to {@code maxBackoff}; the longest {@code
 * Retry-After} a source may ask for ({@code maxRetryAfter}: asking for more fails the fetch at
 * once); and a {@code totalTimeout} over all attempts and waits of one fetch.
 */
public record HttpSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    Duration totalTimeout) {

  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofMinutes(2);

  public HttpSettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    // Waits are counted in whole milliseconds.
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    if (initialBackoff.toMillis() < 1) {
      throw new IllegalArgumentException("initialBackoff must be at least 1ms: " + initialBackoff);
    }
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
    }
    requirePositive(maxRetryAfter, "maxRetryAfter");
    requirePositive(totalTimeout, "totalTimeout");
  }

  /** The first five settings, with the default {@code maxRetryAfter} and {@code totalTimeout}. */
  public HttpSettings(
      Duration connectTimeout,
      Duration requestTimeout,
      int maxAttempts,
      Duration initialBackoff,
      Duration maxBackoff) {
    this(
        connectTimeout,
        requestTimeout,
        maxAttempts,
        initialBackoff,
        maxBackoff,
        DEFAULT_MAX_RETRY_AFTER,
        DEFAULT_TOTAL_TIMEOUT);
  }

  /**
   * 5s to connect, 30s per request, 4 attempts, backoff from 200ms up to 5s, a Retry-After of at
   * most 60s, 2 minutes in all.
   */
  public static HttpSettings defaults() {
    return new HttpSettings(
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        4,
        Duration.ofMillis(200),
        Duration.ofSeconds(5),
        DEFAULT_MAX_RETRY_AFTER,
        DEFAULT_TOTAL_TIMEOUT);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
  }

  /** A client for the sources: this connect timeout, redirects followed. */
  HttpClient sourceClient() {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }
}
