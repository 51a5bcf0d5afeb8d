package io.medallion.bootstrap.sample;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A CSV file written the way the tutorial's export wrote them: a UTF-8 byte-order mark, CRLF line
 * ends, and quotes only around values that need them.
 */
final class CsvFile implements Closeable {

  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final String CRLF = "\r\n";

  private final Writer out;

  private CsvFile(Writer out) {
    this.out = out;
  }

  static CsvFile create(Path path, List<String> header) throws IOException {
    CsvFile file = new CsvFile(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    try {
      file.out.write(BYTE_ORDER_MARK);
      file.write(header);
      return file;
    } catch (IOException e) {
      file.close();
      throw e;
    }
  }

  void write(List<String> fields) throws IOException {
    out.write(fields.stream().map(CsvFile::escaped).collect(Collectors.joining(",")));
    out.write(CRLF);
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
