package io.medallion.bootstrap.cluster;

import io.medallion.domain.medallion.GoldTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A gold table as a DuckDB warehouse serves it: every row, columns joined, in a total order. */
final class GoldRows {

  private GoldRows() {}

  static List<String> of(Path warehouse, GoldTable table) throws SQLException {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT * FROM " + table.table() + " ORDER BY ALL")) {
      int columns = rows.getMetaData().getColumnCount();
      List<String> out = new ArrayList<>();
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(String.valueOf(rows.getString(i)));
        }
        out.add(String.join(" | ", values));
      }
      return out;
    }
  }
}
