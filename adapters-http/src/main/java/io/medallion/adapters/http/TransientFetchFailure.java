package io.medallion.adapters.http;

import java.time.Duration;
import java.util.Optional;

/**
 * One attempt failed in a way another attempt may not, possibly with the wait the source asked for
 * ({@code Retry-After}); the message is safe to log.
 */
final class TransientFetchFailure extends RuntimeException {

  private final Duration retryAfter;

  TransientFetchFailure(String message) {
    this(message, Optional.empty());
  }

  TransientFetchFailure(String message, Throwable cause) {
    super(message, cause);
    this.retryAfter = null;
  }

  TransientFetchFailure(String message, Optional<Duration> retryAfter) {
    super(message);
    this.retryAfter = retryAfter.orElse(null);
  }

  Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
