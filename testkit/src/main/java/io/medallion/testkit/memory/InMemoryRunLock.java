package io.medallion.testkit.memory;

import io.medallion.application.port.out.LakeBusyException;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLockHolder;
import io.medallion.application.run.RunId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The run lock of a lake held in memory: one lease at a time, handed on when closed. */
public final class InMemoryRunLock implements RunLock {

  private final Clock clock;
  private Holder holder;

  public InMemoryRunLock() {
    this(Clock.systemUTC());
  }

  public InMemoryRunLock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private record Holder(RunId run, Instant since) {}

  @Override
  public synchronized Lease acquire(RunId run, Duration wait) {
    Objects.requireNonNull(run, "run");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("a wait cannot be negative: " + wait);
    }
    long deadline = System.nanoTime() + nanos(wait);
    while (holder != null) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw busy();
      }
      try {
        wait(Math.max(1, left / 1_000_000L));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw busy();
      }
    }
    Holder mine = new Holder(run, clock.instant());
    holder = mine;
    return () -> release(mine);
  }

  private static long nanos(Duration wait) {
    try {
      return wait.toNanos();
    } catch (ArithmeticException beyondThreeCenturies) {
      return Long.MAX_VALUE / 2;
    }
  }

  /** The run holding the lake now, if any. */
  public synchronized Optional<RunId> holder() {
    return Optional.ofNullable(holder).map(Holder::run);
  }

  private synchronized void release(Holder mine) {
    // A lease closed twice must not free the lake for whoever took it next.
    if (holder == mine) {
      holder = null;
      notifyAll();
    }
  }

  private LakeBusyException busy() {
    return new LakeBusyException(
        RunLockHolder.busyMessage(
            "run " + holder.run() + " since " + holder.since(), "an in-memory lock"));
  }
}
