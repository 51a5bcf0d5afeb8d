package io.medallion.adapters.spark;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.HeaderMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * A source file's header, read before Spark reads the file: its encoding (from a byte-order mark,
 * UTF-8 otherwise) and how its columns match the feed's. Spark reads column {@code i} under {@code
 * fields().get(i)}: the feed's column, or a rescued name.
 */
record SourceHeader(String encoding, HeaderMatch match, List<String> fields) {

  private static final int HEADER_BYTES = 64 * 1024;

  /**
   * Reads and checks the header of a file the spec takes; fails naming the file and any column the
   * feed needs. Empty for a file of the folder's other layout, which another spec loads.
   */
  static Optional<SourceHeader> read(String file, BronzeSpec spec, Configuration hadoop) {
    Feed feed = spec.feed();
    byte[] head = firstBytes(file, hadoop);
    if (head.length == 0) {
      // An empty file has no header and no record: read it as the feed's own shape.
      return spec.takes(List.of())
          ? Optional.of(of(StandardCharsets.UTF_8, HeaderMatch.of(feed, feed.columns())))
          : Optional.empty();
    }
    Charset charset = charset(head);
    int bom = bomLength(head, charset);
    List<String> header = headerLine(new String(head, bom, head.length - bom, charset));
    if (!spec.takes(header)) {
      return Optional.empty();
    }
    return Optional.of(of(charset, HeaderMatch.of(feed, header).requireComplete(file)));
  }

  private static SourceHeader of(Charset charset, HeaderMatch match) {
    List<String> fields = new ArrayList<>();
    for (int i = 0; i < match.columns().size(); i++) {
      String column = match.columns().get(i);
      fields.add(column != null ? column : "_rescued_" + i);
    }
    return new SourceHeader(charset.name(), match, List.copyOf(fields));
  }

  private static List<String> headerLine(String text) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.setLineSeparatorDetectionEnabled(true);
    settings.setMaxCharsPerColumn(HEADER_BYTES);
    settings.setNullValue("");
    CsvParser parser = new CsvParser(settings);
    parser.beginParsing(new StringReader(text));
    String[] first = parser.parseNext();
    parser.stopParsing();
    return first == null ? List.of() : List.of(first);
  }

  private static byte[] firstBytes(String file, Configuration hadoop) {
    Path path = new Path(file);
    try (InputStream in = path.getFileSystem(hadoop).open(path)) {
      return in.readNBytes(HEADER_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the header of " + file, e);
    }
  }

  private static Charset charset(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return StandardCharsets.UTF_8;
  }

  private static int bomLength(byte[] head, Charset charset) {
    if (charset != StandardCharsets.UTF_8) {
      return 2;
    }
    boolean utf8Bom =
        head.length >= 3
            && (head[0] & 0xFF) == 0xEF
            && (head[1] & 0xFF) == 0xBB
            && (head[2] & 0xFF) == 0xBF;
    return utf8Bom ? 3 : 0;
  }
}
