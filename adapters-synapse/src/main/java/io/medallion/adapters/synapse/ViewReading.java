package io.medallion.adapters.synapse;

import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.ViewColumn;
import io.medallion.application.port.out.ViewRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads a reporting view's columns, in its definition's order, as its columns' Java types. */
final class ViewReading {

  private final ReportingView view;

  ViewReading(ReportingView view) {
    this.view = view;
  }

  /** The view as the failures name it: {@code reporting.v_titles}. */
  String name() {
    return ReportingView.SCHEMA + "." + view.viewName();
  }

  String select() {
    return view.columnNames().stream()
            .map(SqlIdentifier::quote)
            .collect(Collectors.joining(", ", "SELECT ", " FROM "))
        + SqlIdentifier.quote(ReportingView.SCHEMA, view.viewName());
  }

  ViewRows read(Connection connection) {
    try (PreparedStatement statement = connection.prepareStatement(select());
        ResultSet rows = statement.executeQuery()) {
      List<ViewColumn> columns = view.columns();
      List<List<Object>> all = new ArrayList<>();
      while (rows.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          row.add(value(rows, i + 1, columns.get(i).type()));
        }
        all.add(row);
      }
      return new ViewRows(view, all);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + name() + ": " + SqlMessages.firstLine(e), e);
    }
  }

  private static Object value(ResultSet rows, int index, ViewColumn.Type type) throws SQLException {
    return switch (type) {
      case TEXT, NAMES -> rows.getString(index);
      case NUMBER -> orNull(rows, rows.getLong(index));
      case DECIMAL -> orNull(rows, rows.getDouble(index));
      case DATE -> rows.getObject(index, LocalDate.class);
      // The run's start is kept in UTC, in a DATETIME2 that holds no zone.
      case TIMESTAMP -> {
        LocalDateTime at = rows.getObject(index, LocalDateTime.class);
        yield at == null ? null : at.toInstant(ZoneOffset.UTC);
      }
    };
  }

  // getLong and getDouble read NULL as zero; only wasNull tells them apart.
  private static Object orNull(ResultSet rows, Object value) throws SQLException {
    return rows.wasNull() ? null : value;
  }
}
