package io.medallion.adapters.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Opens short-lived connections to one DuckDB file, each closed by its caller. */
final class DuckDbConnections {

  private final Path file;

  DuckDbConnections(Path file) {
    this.file = file.toAbsolutePath();
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
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return open(properties);
  }

  private Connection open(Properties properties) throws SQLException {
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
