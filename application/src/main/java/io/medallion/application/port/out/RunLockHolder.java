package io.medallion.application.port.out;

import io.medallion.application.run.RunId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who holds a lake's run lock, as every {@link RunLock} adapter names it in its lock file ({@link
 * RunLockFile}) and in the message of a busy lake: the run, its host and pid, and since when.
 */
public record RunLockHolder(RunId run, String host, long pid, Instant since) {

  public RunLockHolder {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(since, "since");
  }

  /**
   * {@code run} taking a lock now, from process {@code pid} of {@code host}; to the millisecond.
   */
  public static RunLockHolder startingNow(RunId run, String host, long pid) {
    return new RunLockHolder(run, host, pid, Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  /** The holder as messages name it: {@code run <id> (host <host>, pid <pid>) since <instant>}. */
  public String describe() {
    return "run %s (host %s, pid %d) since %s".formatted(run, host, pid, since);
  }

  /**
   * The message of a {@link LakeBusyException}: the lake is held by {@code holder} (a {@link
   * #describe}, or what stands for one where the lock names none), then how, in the adapter's
   * words.
   */
  public static String busyMessage(String holder, String how) {
    return "the lake is held by %s (%s)".formatted(holder, how);
  }
}
