package io.medallion.adapters.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * A view's rows in one comparable form, read straight from DuckDB with {@code getObject} or from
 * the page's JSON, so the two paths can be compared without sharing the dashboard's code.
 */
final class ViewRows {

  private ViewRows() {}

  static List<String> fromWarehouse(Path file, String view) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT * FROM reporting." + view)) {
      List<String> out = new ArrayList<>();
      int n = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rows.getMetaData().getColumnLabel(i) + "=" + canonical(rows.getObject(i)));
        }
        out.add(String.join("|", row));
      }
      return out.stream().sorted().toList();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> fromJson(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode object : array) {
      List<String> row = new ArrayList<>();
      Iterator<String> names = object.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        row.add(name + "=" + canonical(object.get(name)));
      }
      out.add(String.join("|", row));
    }
    return out.stream().sorted().toList();
  }

  private static String canonical(Object value) {
    try {
      if (value == null) {
        return "null";
      }
      if (value instanceof Number) {
        return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
      }
      if (value instanceof Array array) {
        return Arrays.toString((Object[]) array.getArray());
      }
      if (value instanceof Timestamp t) {
        return t.toLocalDateTime().atOffset(ZoneOffset.UTC).toInstant().toString();
      }
      return value.toString();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String canonical(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isNumber()) {
      return value.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText()));
      return items.toString();
    }
    return value.asText();
  }
}
