package io.medallion.application.port.out;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The rows of a query, every value as text (null stays null). */
public record QueryResult(List<String> columns, List<List<String>> rows) {

  public QueryResult {
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }
}
