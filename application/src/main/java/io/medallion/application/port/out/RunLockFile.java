package io.medallion.application.port.out;

import io.medallion.application.run.RunId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * What a run lock file says, as Java properties: its {@link RunLockHolder} under the keys {@code
 * run_id}, {@code host}, {@code pid} and {@code since}, every one required, and keys of the
 * adapter's {@code own}, which it reads back with {@link #own(String)}.
 */
public record RunLockFile(RunLockHolder holder, Map<String, String> own) {

  /** How every lock file's comment line begins; an adapter may add how it holds the lock. */
  public static final String COMMENT = "medallion run lock: one run at a time on this lake";

  private static final String RUN_ID = "run_id";
  private static final String HOST = "host";
  private static final String PID = "pid";
  private static final String SINCE = "since";
  private static final Set<String> HOLDER_KEYS = Set.of(RUN_ID, HOST, PID, SINCE);

  public RunLockFile {
    Objects.requireNonNull(holder, "holder");
    own = Map.copyOf(own);
    for (String key : own.keySet()) {
      if (HOLDER_KEYS.contains(key)) {
        throw new IllegalArgumentException("the holder's key is not the adapter's own: " + key);
      }
    }
  }

  /** The file's bytes: ISO 8859-1 properties, under the comment line {@code comment}. */
  public byte[] toBytes(String comment) {
    Properties p = new Properties();
    p.setProperty(RUN_ID, holder.run().value());
    p.setProperty(HOST, holder.host());
    p.setProperty(PID, Long.toString(holder.pid()));
    p.setProperty(SINCE, holder.since().toString());
    own.forEach(p::setProperty);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      p.store(out, comment);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The file whose bytes are {@code content}; {@link IllegalArgumentException} when they do not
   * name a holder in full (an empty file names none).
   */
  public static RunLockFile parse(byte[] content) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(new String(content, StandardCharsets.ISO_8859_1)));
      RunLockHolder holder =
          new RunLockHolder(
              new RunId(required(p, RUN_ID)),
              required(p, HOST),
              Long.parseLong(required(p, PID)),
              Instant.parse(required(p, SINCE)));
      Map<String, String> own = new HashMap<>();
      p.stringPropertyNames().stream()
          .filter(key -> !HOLDER_KEYS.contains(key))
          .forEach(key -> own.put(key, p.getProperty(key)));
      return new RunLockFile(holder, own);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a run lock file: " + e.getMessage(), e);
    }
  }

  /**
   * The value of the adapter's own {@code key}; {@link IllegalArgumentException} if it has none.
   */
  public String own(String key) {
    return required(own, key);
  }

  private static String required(Map<?, ?> values, String key) {
    Object value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no " + key);
    }
    return value.toString();
  }
}
