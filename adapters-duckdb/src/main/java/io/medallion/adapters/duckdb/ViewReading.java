package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.ViewColumn;
import io.medallion.application.port.out.ViewRows;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a reporting view's columns as its definition types them (DuckDB keeps times in UTC). */
final class ViewReading {

  private ViewReading() {}

  static ViewRows read(Connection connection, ReportingView view) throws SQLException {
    String select =
        view.columnNames().stream()
                .map(SnapshotSql::identifier)
                .collect(Collectors.joining(", ", "SELECT ", " FROM "))
            + ReportingView.SCHEMA
            + "."
            + SnapshotSql.identifier(view.viewName());
    List<List<Object>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(select)) {
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < view.columns().size(); i++) {
          row.add(value(result, i + 1, view.columns().get(i).type()));
        }
        rows.add(row);
      }
    }
    return new ViewRows(view, rows);
  }

  private static Object value(ResultSet result, int index, ViewColumn.Type type)
      throws SQLException {
    Object value =
        switch (type) {
          case TEXT, NAMES -> result.getString(index);
          case NUMBER -> result.getLong(index);
          case DECIMAL -> result.getDouble(index);
          case DATE -> result.getObject(index, LocalDate.class);
          case TIMESTAMP -> instant(result.getObject(index, LocalDateTime.class));
        };
    return result.wasNull() ? null : value;
  }

  private static Object instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
