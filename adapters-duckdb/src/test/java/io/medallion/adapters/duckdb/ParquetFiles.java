package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.TableSnapshot.Column;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

  /**
   * Writes the rows (Strings, numbers, LocalDates or nulls) as the columns' types to {@code file}.
   */
  static URI write(Path file, List<Column> columns, List<List<Object>> rows) throws Exception {
    return write(file, select(columns, rows));
  }

  // Typed casts keep a column's Parquet type even where every value of it is null.
  private static String select(List<Column> columns, List<List<Object>> rows) {
    String values =
        rows.stream()
            .map(r -> r.stream().map(v -> literal(v)).collect(Collectors.joining(", ", "(", ")")))
            .collect(Collectors.joining(", "));
    String casts =
        IntStream.range(0, columns.size())
            .mapToObj(
                i ->
                    "CAST(col"
                        + i
                        + " AS "
                        + type(columns.get(i))
                        + ") AS "
                        + columns.get(i).name())
            .collect(Collectors.joining(", "));
    String names =
        IntStream.range(0, columns.size())
            .mapToObj(i -> "col" + i)
            .collect(Collectors.joining(", "));
    return "SELECT " + casts + " FROM (VALUES " + values + ") AS t(" + names + ")";
  }

  private static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof LocalDate day) {
      return "DATE '" + day + "'";
    }
    return value instanceof String text ? "'" + text.replace("'", "''") + "'" : value.toString();
  }

  private static String type(Column column) {
    return switch (column.type()) {
      case STRING -> "VARCHAR";
      case INT -> "INTEGER";
      case LONG -> "BIGINT";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP";
    };
  }

  // Escaped here rather than by the adapter, so a broken adapter cannot hide behind its fixture.
  private static String quoted(Path file) {
    return "'" + file.toString().replace("'", "''") + "'";
  }
}
