package io.medallion.generator;

import io.medallion.domain.medallion.Feed;
import java.util.ArrayList;
import java.util.List;

/** One record of the title file: its values as text, in the file's column order. */
record TitleRow(List<String> values) {

  private static final List<String> COLUMNS = Feed.TITLES.columns();

  TitleRow {
    if (values.size() != COLUMNS.size()) {
      throw new IllegalArgumentException("a title record has " + COLUMNS.size() + " values");
    }
    values = List.copyOf(values);
  }

  /** A record with every value empty. */
  static TitleRow empty() {
    return padded(List.of());
  }

  /** A record as the broken export wrote it: the values it has, then empty ones. */
  static TitleRow padded(List<String> values) {
    List<String> padded = new ArrayList<>(values);
    while (padded.size() < COLUMNS.size()) {
      padded.add("");
    }
    return new TitleRow(padded);
  }

  String value(String column) {
    return values.get(index(column));
  }

  TitleRow with(String column, String value) {
    List<String> changed = new ArrayList<>(values);
    changed.set(index(column), value);
    return new TitleRow(changed);
  }

  /** The values before {@code column}. */
  List<String> before(String column) {
    return values.subList(0, index(column));
  }

  /** The values after {@code column}. */
  List<String> after(String column) {
    return values.subList(index(column) + 1, values.size());
  }

  private static int index(String column) {
    int index = COLUMNS.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("no title column " + column);
    }
    return index;
  }
}
