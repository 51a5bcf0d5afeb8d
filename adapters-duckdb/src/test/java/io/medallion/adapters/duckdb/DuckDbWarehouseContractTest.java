package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.Warehouse;
import io.medallion.domain.medallion.TableName;
import io.medallion.testkit.TickingClock;
import io.medallion.testkit.WarehouseContract;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;

class DuckDbWarehouseContractTest extends WarehouseContract {

  @TempDir Path dir;

  @Override
  protected Warehouse newWarehouse() {
    return new DuckDbWarehouse(new DuckDbConnections(database()), TickingClock.fromNewYear2026());
  }

  private Path database() {
    return dir.resolve("warehouse/medallion.duckdb");
  }

  @Override
  protected URI writeParquet(String name, List<Column> columns, List<List<Object>> rows)
      throws Exception {
    return ParquetFiles.write(dir.resolve("lake").resolve(name), select(columns, rows));
  }

  @Override
  protected URI missingFile(String name) {
    return dir.resolve("lake").resolve(name).toUri();
  }

  // The warehouse's own queries are read-only: a person drops the table on a connection of theirs.
  @Override
  protected void dropByHand(Warehouse warehouse, TableName table) throws Exception {
    try (Connection connection = new DuckDbConnections(database()).readWrite();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE " + table);
    }
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
}
