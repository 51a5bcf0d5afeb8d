package io.medallion.adapters.dashboard;

import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.ViewColumn;
import io.medallion.application.port.out.ViewRows;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a reporting view through its use case and writes its rows as a JSON array of objects. */
final class ViewReader {

  private static final Pattern NAME_SPLIT =
      Pattern.compile(Pattern.quote(ReportingView.NAME_SEPARATOR));

  private final ReadReportingViewUseCase views;

  ViewReader(ReadReportingViewUseCase views) {
    this.views = views;
  }

  String json(ReportingView view) {
    return json(views.read(view));
  }

  /** Each row as an object of its columns in order, each value in the JSON shape the page reads. */
  static String json(ViewRows rows) {
    List<ViewColumn> columns = rows.view().columns();
    StringBuilder out = new StringBuilder("[");
    for (List<Object> row : rows.rows()) {
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

  private static String value(ViewColumn.Type type, Object value) {
    if (value == null) {
      // No names and a missing list both read as [], which is what the charts count.
      return type == ViewColumn.Type.NAMES ? "[]" : "null";
    }
    return switch (type) {
      case TEXT -> JsonText.quote((String) value);
      case NUMBER -> value.toString();
      case DECIMAL -> decimal((Double) value);
      case DATE -> JsonText.quote(value.toString());
      // Whole seconds with a Z, so the browser reads it as UTC whatever the viewer's zone.
      case TIMESTAMP ->
          JsonText.quote(((Instant) value).truncatedTo(ChronoUnit.SECONDS).toString());
      case NAMES -> names((String) value);
    };
  }

  private static String names(String text) {
    if (text.isEmpty()) {
      return "[]";
    }
    StringBuilder out = new StringBuilder("[");
    for (String name : NAME_SPLIT.split(text, -1)) {
      out.append(out.length() == 1 ? "" : ",").append(JsonText.quote(name));
    }
    return out.append(']').toString();
  }

  // JSON has no NaN or infinity; such a value shows as missing rather than breaking the page.
  private static String decimal(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "null";
  }
}
