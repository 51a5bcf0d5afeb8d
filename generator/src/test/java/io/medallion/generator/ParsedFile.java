package io.medallion.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A generated file as Apache Commons CSV reads it, independent of the generator's own writer. */
record ParsedFile(List<String> header, List<Map<String, String>> records) {

  static final String BYTE_ORDER_MARK = "\uFEFF";

  /** A file of the tutorial layout, which starts with a byte-order mark. */
  static ParsedFile read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).as("%s starts with a byte-order mark", file).startsWith(BYTE_ORDER_MARK);
    return parse(text.substring(1));
  }

  /** A file of the catalogue layout, which has no byte-order mark. */
  static ParsedFile readPlain(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text)
        .as("%s starts without a byte-order mark", file)
        .doesNotStartWith(BYTE_ORDER_MARK);
    return parse(text);
  }

  private static ParsedFile parse(String text) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = new StringReader(text);
        CSVParser parser = format.parse(reader)) {
      List<Map<String, String>> records = new ArrayList<>();
      for (CSVRecord record : parser) {
        assertThat(record.size())
            .as("fields of %s", record)
            .isEqualTo(parser.getHeaderNames().size());
        records.add(new LinkedHashMap<>(record.toMap()));
      }
      return new ParsedFile(parser.getHeaderNames(), records);
    }
  }
}
