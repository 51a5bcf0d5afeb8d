package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The statements that make one warehouse table equal to a snapshot, built up front so that a bad
 * name or file URI fails before the database is touched.
 */
final class SnapshotSql {

  // Gold columns may start with an underscore (_run_id); nothing else needs quoting rules.
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

  private final TableSnapshot snapshot;
  private final String schema;
  private final String table;
  private final List<String> paths;

  SnapshotSql(TableSnapshot snapshot) {
    this.snapshot = snapshot;
    this.schema = identifier(snapshot.table().layer().id());
    this.table = schema + "." + identifier(snapshot.table().name());
    snapshot.columns().forEach(c -> identifier(c.name()));
    this.paths = snapshot.files().stream().map(f -> localPath(snapshot, f)).toList();
  }

  TableSnapshot snapshot() {
    return snapshot;
  }

  String createSchema() {
    return "CREATE SCHEMA IF NOT EXISTS " + schema;
  }

  String replaceTable() {
    return paths.isEmpty() ? emptyTable() : tableFromFiles();
  }

  private String emptyTable() {
    return join(
        c -> identifier(c.name()) + " " + type(c.type()),
        "CREATE OR REPLACE TABLE " + table + " (",
        ")");
  }

  private String tableFromFiles() {
    String files = paths.stream().map(SnapshotSql::literal).collect(Collectors.joining(", "));
    // Named columns cast to the snapshot's types, read by name: older files of an evolved schema
    // lack new columns (null) and Spark's arrays and instants arrive as the snapshot declares.
    // Qualified, so a column missing from every file is reported as missing, not as an alias.
    return join(
        SnapshotSql::castColumn,
        "CREATE OR REPLACE TABLE " + table + " AS SELECT ",
        " FROM read_parquet([" + files + "], union_by_name = true) AS parquet");
  }

  private static String castColumn(Column column) {
    String name = identifier(column.name());
    return "CAST(parquet." + name + " AS " + type(column.type()) + ") AS " + name;
  }

  private String join(Function<Column, String> column, String prefix, String suffix) {
    return snapshot.columns().stream()
        .map(column)
        .collect(Collectors.joining(", ", prefix, suffix));
  }

  static String identifier(String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("not a snake_case identifier: " + name);
    }
    return '"' + name + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String localPath(TableSnapshot snapshot, URI file) {
    if (!"file".equalsIgnoreCase(file.getScheme())) {
      throw new IllegalArgumentException(
          "the DuckDB warehouse reads local files only, " + snapshot.table() + " lists " + file);
    }
    try {
      return Path.of(file).toString();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "not a local file of " + snapshot.table() + ": " + file, e);
    }
  }

  private static String type(ColumnType type) {
    return switch (type) {
      case STRING -> "VARCHAR";
      case INT -> "INTEGER";
      case LONG -> "BIGINT";
      case DOUBLE -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP";
    };
  }
}
