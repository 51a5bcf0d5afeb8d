package io.medallion.adapters.filesystem;

import java.time.Duration;
import java.time.Instant;

/**
 * Tells a run lock whose holder is gone. Any lock whose heartbeat is older than the bound is stale.
 * One held by a process whose pid means the same here is judged at once: stale if that process is
 * gone, or if it is this very pid in an earlier incarnation (a container restarted with the same
 * pid). A pid reused by an unrelated process only delays the take-over until the bound.
 */
final class Staleness {

  private final LockingProcess self;
  private final Duration bound;

  Staleness(LockingProcess self, Duration bound) {
    this.self = self;
    this.bound = bound;
  }

  boolean isStale(LockFile.Held held) {
    if (held.heartbeat().plus(bound).isBefore(Instant.now())) {
      return true;
    }
    LockingProcess holder = held.holder().process();
    if (!holder.sharesPidsWith(self)) {
      return false;
    }
    if (holder.pid() == self.pid()) {
      return !holder.incarnation().equals(self.incarnation());
    }
    return ProcessHandle.of(holder.pid()).map(process -> !process.isAlive()).orElse(true);
  }
}
