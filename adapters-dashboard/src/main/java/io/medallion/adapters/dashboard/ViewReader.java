package io.medallion.adapters.dashboard;

import io.medallion.application.port.in.QueryWarehouseUseCase;
import io.medallion.application.port.out.QueryResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a reporting view through the query use case and writes its rows as a JSON array. */
final class ViewReader {

  private static final Pattern LIST_SPLIT =
      Pattern.compile(Pattern.quote(String.valueOf(ViewColumn.LIST_SEPARATOR)));

  private final QueryWarehouseUseCase warehouse;

  ViewReader(QueryWarehouseUseCase warehouse) {
    this.warehouse = warehouse;
  }

  String json(ReportingView view) {
    QueryResult result = warehouse.query(view.sql());
    List<ViewColumn> columns = view.columns();
    StringBuilder out = new StringBuilder("[");
    for (List<String> row : result.rows()) {
      out.append(out.length() == 1 ? "{" : ",{");
      for (int i = 0; i < columns.size(); i++) {
        ViewColumn column = columns.get(i);
        out.append(i == 0 ? "" : ",").append(JsonText.quote(column.name())).append(':');
        out.append(value(column.type(), row.get(i)));
      }
      out.append('}');
    }
    return out.append(']').toString();
  }

  private static String value(ViewColumn.Type type, String text) {
    if (type == ViewColumn.Type.LIST) {
      return list(text);
    }
    if (text == null) {
      return "null";
    }
    return type == ViewColumn.Type.NUMBER ? number(text) : JsonText.quote(text);
  }

  // A list of no items and a missing list both read as [], which is what the charts count.
  private static String list(String text) {
    if (text == null || text.isEmpty()) {
      return "[]";
    }
    StringBuilder out = new StringBuilder("[");
    for (String item : LIST_SPLIT.split(text, -1)) {
      out.append(out.length() == 1 ? "" : ",").append(JsonText.quote(item));
    }
    return out.append(']').toString();
  }

  // JSON has no NaN or infinity; such a value shows as missing rather than breaking the page.
  private static String number(String text) {
    try {
      return new BigDecimal(text.strip()).toString();
    } catch (NumberFormatException e) {
      return "null";
    }
  }
}
