package io.medallion.generator;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A CSV file in UTF-8 with quotes only around values that need them, written the way the tutorial's
 * export wrote them (a byte-order mark, CRLF line ends) or as the public catalogue is (neither).
 */
final class CsvFile implements Closeable {

  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final String CRLF = "\r\n";
  private static final String LF = "\n";

  private final Writer out;
  private final String lineEnd;

  private CsvFile(Writer out, String lineEnd) {
    this.out = out;
    this.lineEnd = lineEnd;
  }

  /** A file as the tutorial's export wrote it. */
  static CsvFile create(Path path, List<String> header) throws IOException {
    return create(path, header, BYTE_ORDER_MARK, CRLF);
  }

  /** A file as the public catalogue is written. */
  static CsvFile createPlain(Path path, List<String> header) throws IOException {
    return create(path, header, "", LF);
  }

  private static CsvFile create(Path path, List<String> header, String mark, String lineEnd)
      throws IOException {
    CsvFile file = new CsvFile(Files.newBufferedWriter(path, StandardCharsets.UTF_8), lineEnd);
    try {
      file.out.write(mark);
      file.write(header);
      return file;
    } catch (IOException e) {
      file.close();
      throw e;
    }
  }

  void write(List<String> fields) throws IOException {
    out.write(fields.stream().map(CsvFile::escaped).collect(Collectors.joining(",")));
    out.write(lineEnd);
  }

  private static String escaped(String field) {
    if (field.contains(",")
        || field.contains("\"")
        || field.contains("\r")
        || field.contains("\n")) {
      return '"' + field.replace("\"", "\"\"") + '"';
    }
    return field;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
