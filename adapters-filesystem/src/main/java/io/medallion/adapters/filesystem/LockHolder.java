package io.medallion.adapters.filesystem;

import io.medallion.application.run.RunId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.UUID;

/**
 * Who holds a lake's run lock, as its lock file says; {@code lease} tells one taking from another.
 */
record LockHolder(RunId run, LockingProcess process, Instant since, String lease) {

  static LockHolder startingNow(RunId run) {
    return new LockHolder(
        run,
        LockingProcess.current(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        UUID.randomUUID().toString());
  }

  String describe() {
    return "run %s (host %s, pid %d) since %s".formatted(run, process.host(), process.pid(), since);
  }

  byte[] toBytes() {
    Properties p = new Properties();
    p.setProperty("run_id", run.value());
    p.setProperty("host", process.host());
    p.setProperty("pid", Long.toString(process.pid()));
    p.setProperty("since", since.toString());
    p.setProperty("pid_namespace", process.pidNamespace());
    p.setProperty("incarnation", process.incarnation());
    p.setProperty("lease", lease);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      p.store(out, "medallion run lock: one run at a time on this lake");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static LockHolder parse(byte[] content, Path file) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(new String(content, StandardCharsets.ISO_8859_1)));
      LockingProcess process =
          new LockingProcess(
              required(p, "host"),
              required(p, "pid_namespace"),
              Long.parseLong(required(p, "pid")),
              required(p, "incarnation"));
      return new LockHolder(
          new RunId(required(p, "run_id")),
          process,
          Instant.parse(required(p, "since")),
          required(p, "lease"));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "unreadable run lock " + file + "; remove it if no run is going on", e);
    }
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalArgumentException("no " + key);
    }
    return value;
  }
}
