package io.medallion.adapters.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Prints rows as an aligned text table or as RFC 4180 CSV. */
final class TextTable {

  enum Format {
    table,
    csv
  }

  private TextTable() {}

  static void print(PrintWriter out, Format format, List<String> header, List<List<String>> rows) {
    if (format == Format.csv) {
      printCsv(out, header, rows);
    } else {
      printAligned(out, header, rows);
    }
    out.flush();
  }

  private static void printCsv(PrintWriter out, List<String> header, List<List<String>> rows) {
    try {
      CSVPrinter csv =
          new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
      csv.printRecord(header);
      for (List<String> row : rows) {
        csv.printRecord(row);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void printAligned(PrintWriter out, List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], text(row.get(i)).length());
      }
    }
    out.println(line(header, widths));
    StringBuilder rule = new StringBuilder();
    for (int width : widths) {
      rule.append(rule.length() == 0 ? "" : "  ").append("-".repeat(width));
    }
    out.println(rule);
    rows.forEach(row -> out.println(line(row, widths)));
  }

  private static String line(List<String> values, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String value = text(values.get(i));
      line.append(i == 0 ? "" : "  ");
      line.append(i == widths.length - 1 ? value : String.format("%-" + widths[i] + "s", value));
    }
    return line.toString().stripTrailing();
  }

  private static String text(String value) {
    return value == null ? "NULL" : value.replace('\n', ' ').replace('\r', ' ');
  }
}
