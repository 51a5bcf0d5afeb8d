package io.medallion.adapters.filesystem;

import io.medallion.application.port.out.LakeBusyException;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLockHolder;
import io.medallion.application.run.RunId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One run at a time per lake folder, through a {@link LockFile} naming the run, host, pid and start
 * of its holder, which a {@link FileLease} keeps beating. A lock whose holder is gone (see {@link
 * Staleness}) is removed and the lake taken; otherwise {@code acquire} looks again every 100 ms
 * until the wait is over.
 */
final class FileRunLock implements RunLock {

  private static final Duration POLL = Duration.ofMillis(100);

  private final LockFile file;
  private final Staleness staleness;
  private final Duration heartbeat;

  FileRunLock(Path lakeRoot, Duration heartbeat, Duration staleAfter) {
    this.file = new LockFile(lakeRoot.toAbsolutePath().normalize());
    this.staleness = new Staleness(LockingProcess.current(), staleAfter);
    this.heartbeat = heartbeat;
  }

  @Override
  public Lease acquire(RunId run, Duration wait) {
    Objects.requireNonNull(run, "run");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("a wait cannot be negative: " + wait);
    }
    long deadline = System.nanoTime() + nanos(wait);
    try {
      while (true) {
        LockHolder mine = LockHolder.startingNow(run);
        if (file.create(mine)) {
          return new FileLease(file, mine, heartbeat);
        }
        Optional<LockFile.Held> held = file.read();
        if (held.isPresent() && staleness.isStale(held.get())) {
          takeOver(held.get());
        } else if (held.isPresent()) {
          waitForTurn(held.get(), deadline);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not take the run lock " + file.path(), e);
    }
  }

  private void takeOver(LockFile.Held stale) throws IOException {
    String lease = stale.holder().lease();
    // Judged again under the guard: its holder may have beaten since, or another run taken over.
    file.removeIf(held -> held.holder().lease().equals(lease) && staleness.isStale(held));
  }

  private void waitForTurn(LockFile.Held held, long deadline) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw busy(held);
    }
    try {
      Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy(held);
    }
  }

  private LakeBusyException busy(LockFile.Held held) {
    return new LakeBusyException(
        RunLockHolder.busyMessage(
            held.holder().describe(),
            "lock file %s, last heartbeat %s".formatted(file.path(), held.heartbeat())));
  }

  private static long nanos(Duration wait) {
    try {
      return wait.toNanos();
    } catch (ArithmeticException beyondThreeCenturies) {
      return Long.MAX_VALUE / 2;
    }
  }
}
