package io.medallion.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.LakeBusyException;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLock.Lease;
import io.medallion.application.run.RunId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RunLock} adapter must do; subclass it with a fresh lake per test. The second
 * run of a test reaches the lake through {@link #sameLakeAs}, as another process would.
 */
public abstract class RunLockContract {

  protected static final RunId FIRST = new RunId("20261124-100000-0001");
  protected static final RunId SECOND = new RunId("20261124-110000-0002");

  /** The run lock of a new lake. */
  protected abstract RunLock newLock() throws Exception;

  /** Another handle on the lake of {@code lock}, as a second run would open it. */
  protected abstract RunLock sameLakeAs(RunLock lock) throws Exception;

  @Test
  void givenFreeLake_acquire_givesALeaseAtOnce() throws Exception {
    RunLock lock = newLock();

    try (Lease lease = lock.acquire(FIRST, Duration.ZERO)) {
      assertThat(lease).isNotNull();
    }
  }

  @Test
  void givenHeldLake_acquireWithoutWaiting_failsNamingTheHolder() throws Exception {
    RunLock lock = newLock();

    try (Lease held = lock.acquire(FIRST, Duration.ZERO)) {
      assertThatThrownBy(() -> sameLakeAs(lock).acquire(SECOND, Duration.ZERO))
          .isInstanceOf(LakeBusyException.class)
          .hasMessageContaining(FIRST.value());
    }
  }

  @Test
  void givenHeldLake_acquireBySameRun_isRefusedToo() throws Exception {
    RunLock lock = newLock();

    try (Lease held = lock.acquire(FIRST, Duration.ZERO)) {
      assertThatThrownBy(() -> sameLakeAs(lock).acquire(FIRST, Duration.ZERO))
          .isInstanceOf(LakeBusyException.class);
    }
  }

  @Test
  void givenClosedLease_acquire_getsTheLakeAgain() throws Exception {
    RunLock lock = newLock();
    lock.acquire(FIRST, Duration.ZERO).close();

    try (Lease lease = sameLakeAs(lock).acquire(SECOND, Duration.ZERO)) {
      assertThat(lease).isNotNull();
    }
  }

  @Test
  void givenHolderFinishingWithinTheWait_acquire_getsTheLakeOnceItIsFree() throws Exception {
    RunLock lock = newLock();
    Lease held = lock.acquire(FIRST, Duration.ZERO);
    AtomicBoolean finishing = new AtomicBoolean();
    ExecutorService holder = Executors.newSingleThreadExecutor();
    try {
      holder.submit(() -> finishAfter(held, Duration.ofMillis(300), finishing));

      try (Lease lease = sameLakeAs(lock).acquire(SECOND, Duration.ofSeconds(20))) {
        assertThat(finishing).isTrue();
      }
    } finally {
      holder.shutdownNow();
      held.close();
    }
  }

  @Test
  void givenHolderNotFinishing_acquire_failsOnceTheWaitIsOver() throws Exception {
    RunLock lock = newLock();

    try (Lease held = lock.acquire(FIRST, Duration.ZERO)) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> sameLakeAs(lock).acquire(SECOND, Duration.ofMillis(400)))
          .isInstanceOf(LakeBusyException.class)
          .hasMessageContaining(FIRST.value());
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }
  }

  @Test
  void givenLeaseClosedTwice_close_leavesTheNextHolderAlone() throws Exception {
    RunLock lock = newLock();
    Lease first = lock.acquire(FIRST, Duration.ZERO);
    first.close();

    try (Lease second = sameLakeAs(lock).acquire(SECOND, Duration.ZERO)) {
      first.close();

      assertThatThrownBy(() -> lock.acquire(FIRST, Duration.ZERO))
          .isInstanceOf(LakeBusyException.class)
          .hasMessageContaining(SECOND.value());
    }
  }

  @Test
  void givenRunsRacingForAFreeLake_acquire_letsExactlyOneWin() throws Exception {
    RunLock lock = newLock();
    int runs = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(runs);
    List<Future<Lease>> outcomes = new ArrayList<>();
    List<Lease> winners = new ArrayList<>();
    try {
      for (int i = 0; i < runs; i++) {
        RunLock handle = sameLakeAs(lock);
        RunId run = new RunId("20261124-120000-%04x".formatted(i));
        outcomes.add(threads.submit(() -> raceFor(handle, run, start)));
      }
      start.countDown();
      for (Future<Lease> outcome : outcomes) {
        if (outcome.get(30, TimeUnit.SECONDS) != null) {
          winners.add(outcome.get());
        }
      }

      assertThat(winners).hasSize(1);
    } finally {
      winners.forEach(Lease::close);
      threads.shutdownNow();
    }
  }

  @Test
  void givenNegativeWait_acquire_isRefused() throws Exception {
    RunLock lock = newLock();

    assertThatThrownBy(() -> lock.acquire(FIRST, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Lease raceFor(RunLock lock, RunId run, CountDownLatch start)
      throws InterruptedException {
    start.await();
    try {
      return lock.acquire(run, Duration.ZERO);
    } catch (LakeBusyException lost) {
      return null;
    }
  }

  private static Void finishAfter(Lease lease, Duration delay, AtomicBoolean finishing)
      throws InterruptedException {
    Thread.sleep(delay.toMillis());
    finishing.set(true);
    lease.close();
    return null;
  }
}
