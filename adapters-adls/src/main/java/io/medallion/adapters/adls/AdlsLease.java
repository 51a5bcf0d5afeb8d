package io.medallion.adapters.adls;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;

import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLockHolder;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lake held through a lease on its lock file: a daemon thread renews the lease while this is
 * open, and closing empties the lock file and releases the lease, if it is still this one's.
 */
final class AdlsLease implements RunLock.Lease {

  private static final Logger LOG = LoggerFactory.getLogger(AdlsLease.class);

  private final LockBlob blob;
  private final String leaseId;
  private final RunLockHolder holder;
  private final ScheduledExecutorService heart;
  private final AtomicBoolean closed = new AtomicBoolean();

  AdlsLease(LockBlob blob, String leaseId, RunLockHolder holder, Duration heartbeat) {
    this.blob = blob;
    this.leaseId = leaseId;
    this.holder = holder;
    this.heart =
        Executors.newSingleThreadScheduledExecutor(
            beats -> {
              Thread thread = new Thread(beats, "adls-run-lock-heartbeat-" + holder.run());
              // A lease left open must not keep the JVM alive; the lease then lapses.
              thread.setDaemon(true);
              return thread;
            });
    long every = heartbeat.toMillis();
    heart.scheduleWithFixedDelay(this::beat, every, every, MILLISECONDS);
  }

  private void beat() {
    try {
      if (!blob.renew(leaseId)) {
        LOG.warn(
            "the lease of {} on {} lapsed and another run took the lake",
            holder.describe(),
            blob.location());
        heart.shutdown();
      }
    } catch (RuntimeException missed) {
      // A missed renewal is made up by the next; only a long silence lets the lease lapse.
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    heart.shutdownNow();
    try {
      // A renewal still on the wire must not land after the release.
      heart.awaitTermination(10, SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    blob.release(leaseId);
  }
}
