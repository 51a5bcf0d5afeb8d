package io.medallion.application.service;

import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.SourceVersion;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.Feed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The ingestion ledger in the lake: for each lookup feed, one immutable entry per version fetched
 * (its validators, checksum, size and where it landed), so the next run asks the source
 * conditionally and skips what it already has. The address is not kept: it may carry a secret.
 */
final class IngestionLedger {

  static final String FOLDER = "ledger";

  private final LakeStorage lake;

  IngestionLedger(LakeStorage lake) {
    this.lake = lake;
  }

  /** One version of a source as the lake holds it. */
  record Entry(
      Feed feed,
      SourceVersion version,
      String sha256,
      long bytes,
      String path,
      RunId run,
      Instant fetchedAt) {}

  /** The latest entry of the feed, if it was ever fetched. */
  Optional<Entry> latest(Feed feed) {
    List<String> entries = lake.list(folder(feed));
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    String last = entries.get(entries.size() - 1);
    return Optional.of(parse(feed, last, lake.read(last)));
  }

  /** Records an entry; a second entry of the same run for the feed is refused by the lake. */
  void record(Entry entry) {
    Properties p = new Properties();
    entry.version().etag().ifPresent(v -> p.setProperty("etag", v));
    entry.version().lastModified().ifPresent(v -> p.setProperty("last_modified", v));
    p.setProperty("sha256", entry.sha256());
    p.setProperty("bytes", Long.toString(entry.bytes()));
    p.setProperty("path", entry.path());
    p.setProperty("run_id", entry.run().value());
    p.setProperty("fetched_at", entry.fetchedAt().toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      p.store(out, "ingestion ledger: " + entry.feed().fileStem());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Named by run id, which starts with its UTC time: the last name is the latest entry.
    lake.write(folder(entry.feed()) + "/" + entry.run().value() + ".properties", out.toByteArray());
  }

  private static Entry parse(Feed feed, String path, byte[] content) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(new String(content, StandardCharsets.ISO_8859_1)));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("unreadable ingestion ledger entry " + path, e);
    }
    try {
      return new Entry(
          feed,
          new SourceVersion(
              Optional.ofNullable(p.getProperty("etag")),
              Optional.ofNullable(p.getProperty("last_modified"))),
          required(p, "sha256", path),
          Long.parseLong(required(p, "bytes", path)),
          required(p, "path", path),
          new RunId(required(p, "run_id", path)),
          Instant.parse(required(p, "fetched_at", path)));
    } catch (RuntimeException e) {
      throw new IllegalStateException("unreadable ingestion ledger entry " + path, e);
    }
  }

  private static String required(Properties p, String key, String path) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("ingestion ledger entry " + path + " lacks " + key);
    }
    return value;
  }

  private static String folder(Feed feed) {
    return FOLDER + "/" + feed.fileStem();
  }
}
