package io.medallion.benchmarks.peer;

import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.HeaderMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A feed's file as bronze reads it, told by its first bytes as the pipeline's bronze tells it: the
 * encoding (a UTF-16 byte-order mark, else UTF-8) and how its header maps to the feed's columns.
 */
record SourceFile(Feed feed, Path path, String encoding, HeaderMatch match) {

  private static final int HEADER_BYTES = 64 * 1024;

  /** The column the lenient reader puts a field past the header's in. */
  private static final String EXTRA_FIELD = "_extra_field";

  /** Reads the header; fails naming the file and the columns the feed needs but it lacks. */
  static SourceFile of(Feed feed, Path path) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(HEADER_BYTES);
    }
    if (head.length == 0) {
      // an empty file has no header and no record: the feed's own shape, no rows
      return new SourceFile(feed, path, "utf-8", HeaderMatch.of(feed, feed.columns()));
    }
    if ((head[0] & 0xFF) == 0xFE && head.length > 1 && (head[1] & 0xFF) == 0xFF) {
      throw new IllegalArgumentException(
          path + " is UTF-16BE, which DuckDB's reader does not read");
    }
    boolean utf16 = (head[0] & 0xFF) == 0xFF && head.length > 1 && (head[1] & 0xFF) == 0xFE;
    Charset charset = utf16 ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
    List<String> header = header(new String(head, charset));
    HeaderMatch match = HeaderMatch.of(feed, header).requireComplete(path.toString());
    return new SourceFile(feed, path, utf16 ? "utf-16" : "utf-8", match);
  }

  /** The values bronze.sql is filled with. */
  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("table", feed.table());
    values.put("file", SqlText.literal(path.toAbsolutePath().toString()));
    values.put("encoding", SqlText.literal(encoding));
    values.put(
        "feed_columns",
        feed.columns().stream().map(SqlText::identifier).collect(Collectors.joining(", ")));
    values.put("columns", columns(List.of()));
    values.put("columns_and_extra", columns(List.of(EXTRA_FIELD)));
    values.put("rescued", rescued());
    values.put("last_field", SqlText.identifier(field(match.columns().size() - 1)));
    values.put(
        "fields_or_null",
        fields().stream()
            .map(SqlText::identifier)
            .map(f -> "nullif(" + f + ", '') AS " + f)
            .collect(Collectors.joining(", ")));
    return values;
  }

  /** read_csv's columns, in the file's order, then {@code extra}. */
  private String columns(List<String> extra) {
    List<String> fields = new ArrayList<>(fields());
    fields.addAll(extra);
    return fields.stream()
        .map(f -> SqlText.literal(f) + ": 'VARCHAR'")
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** The name each position is read under: the feed's column, or a rescued position. */
  private List<String> fields() {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < match.columns().size(); i++) {
      fields.add(field(i));
    }
    return fields;
  }

  /** The values of the columns the feed does not know, as JSON under their header names. */
  private String rescued() {
    List<Integer> positions = match.rescued();
    if (positions.isEmpty()) {
      return "NULL::VARCHAR";
    }
    return positions.stream()
        .map(i -> SqlText.literal(match.header().get(i)) + ": " + SqlText.identifier(field(i)))
        .collect(Collectors.joining(", ", "to_json({", "})::VARCHAR"));
  }

  private String field(int position) {
    String column = match.columns().get(position);
    return column != null ? column : "_rescued_" + position;
  }

  private static List<String> header(String text) throws IOException {
    try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
      Iterator<CSVRecord> records = parser.iterator();
      return records.hasNext() ? records.next().toList() : List.of();
    }
  }
}
