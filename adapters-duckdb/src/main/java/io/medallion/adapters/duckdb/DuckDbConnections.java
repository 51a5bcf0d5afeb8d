package io.medallion.adapters.duckdb;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Opens short-lived connections to one DuckDB file, each closed by its caller. DuckDB lets one
 * process write a file, or several read it, at a time: while another process holds it (a query, the
 * dashboard, a watcher's load), opening waits and tries again, up to {@link #LOCK_WAIT}.
 */
final class DuckDbConnections {

  /** How long an open waits for another process to let go of the file. */
  static final Duration LOCK_WAIT = Duration.ofSeconds(30);

  private final Path file;
  private final Retry lockRetry;

  DuckDbConnections(Path file) {
    this(file, LOCK_WAIT);
  }

  DuckDbConnections(Path file, Duration lockWait) {
    this.file = file.toAbsolutePath();
    this.lockRetry = lockRetry(lockWait);
  }

  Path file() {
    return file;
  }

  /** A connection that may write, creating the file and its folders if needed. */
  Connection readWrite() throws SQLException {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }
    return open(new Properties());
  }

  /** A read-only connection, or a writable one while the file does not exist yet. */
  Connection forQuery() throws SQLException {
    // DuckDB refuses to open a missing file read-only; an empty database answers the same.
    if (!exists()) {
      return readWrite();
    }
    return readOnly();
  }

  /** Whether the file is there: nothing has loaded, recorded or queried the warehouse before. */
  boolean exists() {
    return Files.exists(file);
  }

  /** A read-only connection; fails, creating nothing, when the file does not exist. */
  Connection readOnly() throws SQLException {
    return open(readOnlyProperties());
  }

  /** A read-only connection now: fails at once, not waiting, when another process holds it. */
  Connection readOnlyNow() throws SQLException {
    return openOnce(readOnlyProperties());
  }

  private static Properties readOnlyProperties() {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return properties;
  }

  private Connection open(Properties properties) throws SQLException {
    try {
      return lockRetry.executeCallable(() -> openOnce(properties));
    } catch (SQLException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // Waits from 100 ms doubling up to 2 s, as many as fit in the whole wait.
  private static Retry lockRetry(Duration wait) {
    IntervalFunction backoff = IntervalFunction.ofExponentialBackoff(100, 2.0, 2_000);
    int attempts = 1;
    for (long waited = 0; waited < wait.toMillis(); attempts++) {
      waited += backoff.apply(attempts);
    }
    return Retry.of(
        "duckdb-lock",
        RetryConfig.custom()
            .maxAttempts(attempts)
            .intervalFunction(backoff)
            .retryOnException(DuckDbConnections::heldByAnother)
            .build());
  }

  /** DuckDB's answer when another process holds the file: "Could not set lock on file". */
  private static boolean heldByAnother(Throwable e) {
    return e instanceof SQLException
        && String.valueOf(e.getMessage()).contains("Could not set lock");
  }

  private Connection openOnce(Properties properties) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file, properties);
    try (Statement statement = connection.createStatement()) {
      // Casting Spark's instants to TIMESTAMP must not depend on the machine's time zone.
      statement.execute("SET TimeZone = 'UTC'");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }
}
