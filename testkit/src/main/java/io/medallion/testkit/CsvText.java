package io.medallion.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a CSV file being built: a header, then records (column to value, changeable until
 * rendered) or raw lines, fields quoted only where RFC 4180 needs it.
 */
final class CsvText {

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final List<String> columns;
  private final List<Object> lines = new ArrayList<>();
  private boolean byteOrderMark;

  CsvText(List<String> columns) {
    this.columns = List.copyOf(columns);
  }

  /** Adds a record of the header's columns; a column left out is empty. */
  void add(Map<String, String> record) {
    record.keySet().forEach(this::checkColumn);
    lines.add(new LinkedHashMap<>(record));
  }

  /** Sets a column of the last record added. */
  void set(String column, String value) {
    if (lines.isEmpty() || !(lines.get(lines.size() - 1) instanceof Map)) {
      throw new IllegalStateException("no record to set " + column + " on");
    }
    @SuppressWarnings("unchecked")
    Map<String, String> last = (Map<String, String>) lines.get(lines.size() - 1);
    checkColumn(column);
    last.put(column, value);
  }

  /** Adds a record of any number of fields, in file order. */
  void fields(List<String> fields) {
    lines.add(line(fields));
  }

  /** Adds a line exactly as given. */
  void raw(String line) {
    lines.add(line);
  }

  void withByteOrderMark() {
    byteOrderMark = true;
  }

  String text() {
    StringBuilder text = new StringBuilder(line(columns)).append('\n');
    for (Object entry : lines) {
      if (entry instanceof Map) {
        @SuppressWarnings("unchecked")
        Map<String, String> record = (Map<String, String>) entry;
        text.append(line(columns.stream().map(record::get).toList()));
      } else {
        text.append(entry);
      }
      text.append('\n');
    }
    return text.toString();
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (byteOrderMark) {
      out.writeBytes(BYTE_ORDER_MARK);
    }
    out.writeBytes(text().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private void checkColumn(String column) {
    if (!columns.contains(column)) {
      throw new IllegalArgumentException("no column " + column + " in " + columns);
    }
  }

  private static String line(List<String> fields) {
    return String.join(",", fields.stream().map(CsvText::field).toList());
  }

  private static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quoted =
        value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
    return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
