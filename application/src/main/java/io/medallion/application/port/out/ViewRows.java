package io.medallion.application.port.out;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The rows of one reporting view as its definition says: each row its columns' values in order,
 * each value of its column's Java type or null, the rows in the view's order.
 */
public record ViewRows(ReportingView view, List<List<Object>> rows) {

  /** Checks every value against its column and puts the rows in the view's order. */
  public ViewRows {
    Objects.requireNonNull(view, "view");
    List<List<Object>> checked = new ArrayList<>();
    for (List<Object> row : rows) {
      checked.add(Collections.unmodifiableList(new ArrayList<>(check(view, row))));
    }
    checked.sort(view.rowOrder());
    rows = List.copyOf(checked);
  }

  private static List<Object> check(ReportingView view, List<Object> row) {
    List<ViewColumn> columns = view.columns();
    if (row.size() != columns.size()) {
      throw new IllegalArgumentException(
          view.viewName() + " has " + columns.size() + " columns, a row has " + row.size());
    }
    for (int i = 0; i < row.size(); i++) {
      Object value = row.get(i);
      Class<?> type = columns.get(i).type().javaType();
      if (value != null && !type.isInstance(value)) {
        throw new IllegalArgumentException(
            view.viewName()
                + "."
                + columns.get(i).name()
                + " is "
                + columns.get(i).type()
                + " ("
                + type.getSimpleName()
                + "), not "
                + value.getClass().getSimpleName()
                + ": "
                + value);
      }
    }
    return row;
  }
}
