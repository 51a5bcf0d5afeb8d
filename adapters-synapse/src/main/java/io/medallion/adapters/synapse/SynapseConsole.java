package io.medallion.adapters.synapse;

import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.WarehouseConsole;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The Synapse pool's SQL console, over JDBC with the warehouse's retries. */
final class SynapseConsole implements WarehouseConsole {

  private final SqlRetry retry;

  SynapseConsole(SqlRetry retry) {
    this.retry = retry;
  }

  // A statement cut off by a transient error is run again: queries are meant to be reads.
  @Override
  public QueryResult query(String sql) {
    return retry.run("querying the warehouse", connection -> run(connection, sql));
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
      throw new IllegalArgumentException(SqlMessages.firstLine(e), e);
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
