package io.medallion.adapters.synapse;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a unit of SQL work on a fresh connection, and again on another fresh one after a transient
 * error, waiting longer each time; a permanent error fails at once with the server's message.
 */
final class SqlRetry {

  private static final Logger LOG = LoggerFactory.getLogger(SqlRetry.class);

  /** Work done on one connection; it must be safe to start over on a new one. */
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Waits between attempts; tests pass one that records instead of sleeping. */
  interface Sleeper {
    void sleep(Duration wait) throws InterruptedException;
  }

  private final ConnectionSource connections;
  private final RetryPolicy policy;
  private final Sleeper sleeper;

  SqlRetry(ConnectionSource connections, RetryPolicy policy, Sleeper sleeper) {
    this.connections = connections;
    this.policy = policy;
    this.sleeper = sleeper;
  }

  <T> T run(String what, SqlWork<T> work) {
    Retry retry = Retry.of(what, config(what));
    try {
      return retry.executeCheckedSupplier(() -> attempt(work));
    } catch (RuntimeException e) {
      throw e;
    } catch (SQLException e) {
      throw new IllegalStateException(what + " failed: " + SqlMessages.firstLine(e), e);
    } catch (Throwable e) {
      throw new IllegalStateException(what + " failed: " + e, e);
    }
  }

  /**
   * Runs {@code work} once on a fresh connection, never retried: for a probe wanting its answer
   * now.
   */
  <T> T once(String what, SqlWork<T> work) {
    try {
      return attempt(work);
    } catch (SQLException e) {
      throw new IllegalStateException(what + " failed: " + SqlMessages.firstLine(e), e);
    }
  }

  private <T> T attempt(SqlWork<T> work) throws SQLException {
    // A connection that saw a transient error may be broken in ways the driver cannot tell.
    try (Connection connection = connections.open()) {
      return work.run(connection);
    }
  }

  private RetryConfig config(String what) {
    return RetryConfig.custom()
        .maxAttempts(policy.maxAttempts())
        .retryOnException(TransientErrors::isTransient)
        .failAfterMaxAttempts(true)
        .intervalBiFunction(
            (attempt, failure) -> {
              waitBeforeRetry(what, attempt, failure.isLeft() ? failure.getLeft() : null);
              // resilience4j sleeps through one process-wide function; waiting above keeps the
              // wait injectable per instance, so it is told to wait no further.
              return 0L;
            })
        .build();
  }

  private void waitBeforeRetry(String what, int failedAttempt, Throwable failure) {
    Duration wait = policy.waitAfter(failedAttempt);
    LOG.warn(
        "{}: transient SQL error {} on attempt {} of {}, retrying on a new connection in {}s",
        what,
        TransientErrors.transientCode(failure),
        failedAttempt,
        policy.maxAttempts(),
        wait.toSeconds());
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + " was interrupted while waiting to retry", e);
    }
  }
}
