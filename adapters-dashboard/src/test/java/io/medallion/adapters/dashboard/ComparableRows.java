package io.medallion.adapters.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.ViewColumn;
import io.medallion.application.port.out.ViewRows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A view's rows in one comparable form, from the rows a warehouse serves or from the page's JSON,
 * so the two can be compared without sharing the dashboard's code: one line per row, in order, each
 * value tagged by its JSON shape (a string quoted, a number plain, names as a list).
 */
final class ComparableRows {

  private ComparableRows() {}

  static List<String> fromView(ViewRows rows) {
    List<ViewColumn> columns = rows.view().columns();
    List<String> out = new ArrayList<>();
    for (List<Object> row : rows.rows()) {
      List<String> line = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        line.add(columns.get(i).name() + "=" + canonical(columns.get(i).type(), row.get(i)));
      }
      out.add(String.join("|", line));
    }
    return out;
  }

  static List<String> fromJson(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode object : array) {
      List<String> line = new ArrayList<>();
      Iterator<String> names = object.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        line.add(name + "=" + canonical(object.get(name)));
      }
      out.add(String.join("|", line));
    }
    return out;
  }

  private static String canonical(ViewColumn.Type type, Object value) {
    if (type == ViewColumn.Type.NAMES) {
      return value == null
          ? "[]"
          : Arrays.stream(((String) value).split(Pattern.quote(ReportingView.NAME_SEPARATOR)))
              .map(ComparableRows::quoted)
              .toList()
              .toString();
    }
    if (value == null) {
      return "null";
    }
    if (value instanceof Number) {
      return number(new BigDecimal(value.toString()));
    }
    // Text, a day (yyyy-mm-dd) and an instant (ISO, whole seconds, Z) are JSON strings.
    return quoted(value.toString());
  }

  private static String canonical(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isNumber()) {
      return number(value.decimalValue());
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(quoted(item.textValue())));
      return items.toString();
    }
    return value.isTextual() ? quoted(value.textValue()) : "?" + value;
  }

  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }
}
