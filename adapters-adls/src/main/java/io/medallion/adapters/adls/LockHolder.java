package io.medallion.adapters.adls;

import io.medallion.application.run.RunId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;

/** Who holds a lake's run lock, as the lock file says in properties: run, host, pid and since. */
record LockHolder(RunId run, String host, long pid, Instant since) {

  private static final String HOST = hostName();

  static LockHolder startingNow(RunId run) {
    return new LockHolder(
        run, HOST, ProcessHandle.current().pid(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  String describe() {
    return "run %s (host %s, pid %d) since %s".formatted(run, host, pid, since);
  }

  byte[] toBytes() {
    Properties p = new Properties();
    p.setProperty("run_id", run.value());
    p.setProperty("host", host);
    p.setProperty("pid", Long.toString(pid));
    p.setProperty("since", since.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      p.store(out, "medallion run lock: one run at a time on this lake, held by a blob lease");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The holder a lock file names; empty when it names none or cannot be read as one. */
  static Optional<LockHolder> parse(byte[] content) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(new String(content, StandardCharsets.ISO_8859_1)));
      return Optional.of(
          new LockHolder(
              new RunId(p.getProperty("run_id")),
              p.getProperty("host", "unknown"),
              Long.parseLong(p.getProperty("pid", "-1")),
              Instant.parse(p.getProperty("since"))));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unnamed-host";
    }
  }
}
