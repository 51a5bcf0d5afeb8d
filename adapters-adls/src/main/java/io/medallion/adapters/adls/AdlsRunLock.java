package io.medallion.adapters.adls;

import io.medallion.application.port.out.LakeBusyException;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLockHolder;
import io.medallion.application.run.RunId;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One run at a time per ADLS lake, through a lease on its {@link LockBlob}: the run that gets the
 * lease names itself in the lock file and an {@link AdlsLease} keeps renewing it. A run that dies
 * stops renewing, and the service lets its lease lapse within {@code leaseDuration}: that is the
 * stale takeover, decided by the service's clock alone. Otherwise {@code acquire} tries again every
 * 200 ms until the wait is over.
 */
final class AdlsRunLock implements RunLock {

  static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
  static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

  private static final Duration POLL = Duration.ofMillis(200);
  private static final String HOST = hostName();
  private static final long PID = ProcessHandle.current().pid();

  private final LockBlob blob;
  private final Duration leaseDuration;
  private final Duration heartbeat;

  AdlsRunLock(LockBlob blob, Duration leaseDuration, Duration heartbeat) {
    // The bounds the service puts on a lease that is not infinite.
    if (leaseDuration.compareTo(Duration.ofSeconds(15)) < 0
        || leaseDuration.compareTo(Duration.ofSeconds(60)) > 0
        || leaseDuration.toMillis() % 1000 != 0) {
      throw new IllegalArgumentException("a lease lasts 15 to 60 whole seconds: " + leaseDuration);
    }
    // A beat or two missed to a pause or a slow network must not let a live run's lease lapse.
    if (heartbeat.isNegative()
        || heartbeat.isZero()
        || heartbeat.compareTo(leaseDuration.dividedBy(3)) > 0) {
      throw new IllegalArgumentException(
          "the heartbeat must be positive and at most a third of the lease: " + heartbeat);
    }
    this.blob = blob;
    this.leaseDuration = leaseDuration;
    this.heartbeat = heartbeat;
  }

  @Override
  public Lease acquire(RunId run, Duration wait) {
    Objects.requireNonNull(run, "run");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("a wait cannot be negative: " + wait);
    }
    long deadline = System.nanoTime() + nanos(wait);
    while (true) {
      Optional<String> lease = blob.tryLease(leaseDuration);
      if (lease.isPresent()) {
        return held(lease.get(), RunLockHolder.startingNow(run, HOST, PID));
      }
      waitForTurn(deadline);
    }
  }

  private Lease held(String leaseId, RunLockHolder holder) {
    try {
      blob.name(leaseId, holder);
    } catch (RuntimeException e) {
      blob.release(leaseId);
      throw e;
    }
    return new AdlsLease(blob, leaseId, holder, heartbeat);
  }

  private void waitForTurn(long deadline) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw busy();
    }
    try {
      Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    }
  }

  private LakeBusyException busy() {
    return new LakeBusyException(
        RunLockHolder.busyMessage(
            blob.holder(),
            "a lease on %s, which lapses within %d s of its holder going silent"
                .formatted(blob.location(), leaseDuration.toSeconds())));
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unnamed-host";
    }
  }

  private static long nanos(Duration wait) {
    try {
      return wait.toNanos();
    } catch (ArithmeticException beyondThreeCenturies) {
      return Long.MAX_VALUE / 2;
    }
  }
}
