package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.WarehouseConsole;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The DuckDB file's SQL console: each statement on a connection of its own, read-only once loaded.
 */
final class DuckDbConsole implements WarehouseConsole {

  private final DuckDbConnections connections;

  DuckDbConsole(DuckDbConnections connections) {
    this.connections = connections;
  }

  @Override
  public QueryResult query(String sql) {
    try (Connection connection = connections.forQuery()) {
      return run(connection, sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot open the warehouse " + connections.file() + ": " + DuckDbWarehouse.firstLine(e),
          e);
    }
  }

  private static QueryResult run(Connection connection, String sql) {
    try (Statement statement = connection.createStatement()) {
      if (!statement.execute(sql)) {
        return new QueryResult(List.of(), List.of());
      }
      try (ResultSet rows = statement.getResultSet()) {
        return asText(rows);
      }
    } catch (SQLException e) {
      throw new IllegalArgumentException(DuckDbWarehouse.firstLine(e), e);
    }
  }

  private static QueryResult asText(ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
    }
    List<List<String>> values = new ArrayList<>();
    while (rows.next()) {
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= columns.size(); i++) {
        row.add(rows.getString(i));
      }
      values.add(row);
    }
    return new QueryResult(columns, values);
  }
}
