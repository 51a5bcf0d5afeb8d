package io.medallion.adapters.filesystem;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import io.medallion.application.port.out.RunLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A lake held through its lock file: a daemon thread refreshes the lock's heartbeat while the lease
 * is open, and closing removes the lock if it is still this lease's.
 */
final class FileLease implements RunLock.Lease {

  private final LockFile file;
  private final LockHolder holder;
  private final ScheduledExecutorService heart;
  private final AtomicBoolean closed = new AtomicBoolean();

  FileLease(LockFile file, LockHolder holder, Duration heartbeat) {
    this.file = file;
    this.holder = holder;
    this.heart =
        Executors.newSingleThreadScheduledExecutor(
            beats -> {
              Thread thread = new Thread(beats, "run-lock-heartbeat-" + holder.run());
              // A lease left open must not keep the JVM alive; the lock then goes stale.
              thread.setDaemon(true);
              return thread;
            });
    long every = heartbeat.toMillis();
    heart.scheduleWithFixedDelay(this::beat, every, every, MILLISECONDS);
  }

  private void beat() {
    try {
      if (!file.beat(holder.lease())) {
        // Taken over after a long silence: the heartbeat is another run's to give now.
        heart.shutdown();
      }
    } catch (IOException | RuntimeException missed) {
      // A missed beat is made up by the next; only a long silence makes the lock stale.
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    heart.shutdownNow();
    try {
      file.removeIf(held -> held.holder().lease().equals(holder.lease()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not release the lake held by " + holder.describe(), e);
    }
  }
}
