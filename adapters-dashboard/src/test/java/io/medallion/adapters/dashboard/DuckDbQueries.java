package io.medallion.adapters.dashboard;

import io.medallion.application.port.in.QueryWarehouseUseCase;
import io.medallion.application.port.out.QueryResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The query use case over a real DuckDB file, as the DuckDB warehouse answers it: a read-only
 * connection per query, UTC, every value as {@code getString} text.
 */
record DuckDbQueries(Path file) implements QueryWarehouseUseCase {

  @Override
  public QueryResult query(String sql) {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, properties);
        Statement s = c.createStatement()) {
      s.execute("SET TimeZone = 'UTC'");
      try (ResultSet rows = s.executeQuery(sql)) {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
          columns.add(rows.getMetaData().getColumnLabel(i));
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
    } catch (SQLException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
