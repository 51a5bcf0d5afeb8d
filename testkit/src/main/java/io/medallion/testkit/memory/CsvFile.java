package io.medallion.testkit.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A lake file read as bronze reads CSV: RFC 4180 (quoted line breaks, doubled quotes), UTF-8 with a
 * leading byte-order mark ignored, blank lines skipped, the first record the header.
 */
record CsvFile(List<String> header, List<List<String>> records) {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  // Spark's CSV reader skips blank lines; Commons CSV's RFC 4180 format would keep them.
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  static CsvFile parse(String path, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    List<List<String>> all = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      for (CSVRecord record : parser) {
        all.add(record.toList());
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("not a CSV file: " + path + ": " + e.getMessage(), e);
    }
    if (all.isEmpty()) {
      return new CsvFile(List.of(), List.of());
    }
    return new CsvFile(all.get(0), all.subList(1, all.size()));
  }
}
