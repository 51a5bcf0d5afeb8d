package io.medallion.adapters.duckdb;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes small Parquet files with a scratch in-memory DuckDB, as a lake's table files. */
final class ParquetFiles {

  private ParquetFiles() {}

  /** Writes the rows of {@code select} to {@code file} and returns the file's URI. */
  static URI write(Path file, String select) throws Exception {
    Files.createDirectories(file.getParent());
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("COPY (" + select + ") TO " + quoted(file) + " (FORMAT PARQUET)");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write " + file, e);
    }
    return file.toUri();
  }

  // Escaped here rather than by the adapter, so a broken adapter cannot hide behind its fixture.
  private static String quoted(Path file) {
    return "'" + file.toString().replace("'", "''") + "'";
  }
}
