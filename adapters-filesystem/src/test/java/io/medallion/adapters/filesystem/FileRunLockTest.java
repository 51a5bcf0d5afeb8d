package io.medallion.adapters.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.LakeBusyException;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLock.Lease;
import io.medallion.application.run.RunId;
import io.medallion.testkit.contract.RunLockContract;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRunLockTest extends RunLockContract {

  private static final Duration HEARTBEAT = Duration.ofSeconds(10);
  private static final Duration STALE_AFTER = Duration.ofMinutes(2);
  private static final RunId PLANTED = new RunId("20261124-090000-dead");

  @TempDir Path folder;

  private Path root() {
    // A root that does not exist yet: the first lock must create what it needs.
    return folder.resolve("lake");
  }

  private Path lockFile() {
    return root().resolve("_lock/run.lock");
  }

  @Override
  protected RunLock newLock() {
    return new FileRunLock(root(), HEARTBEAT, STALE_AFTER);
  }

  @Override
  protected RunLock sameLakeAs(RunLock lock) {
    return newLock();
  }

  @Test
  void givenLease_lockFile_namesTheRunThisHostAndProcessAndSinceWhen() throws Exception {
    Instant before = Instant.now().minusMillis(1);

    try (Lease lease = newLock().acquire(FIRST, Duration.ZERO)) {
      Properties lock = new Properties();
      lock.load(new StringReader(Files.readString(lockFile())));

      assertThat(lock.getProperty("run_id")).isEqualTo(FIRST.value());
      assertThat(lock.getProperty("host")).isEqualTo(LockingProcess.current().host());
      assertThat(lock.getProperty("pid")).isEqualTo(Long.toString(ProcessHandle.current().pid()));
      assertThat(Instant.parse(lock.getProperty("since"))).isBetween(before, Instant.now());
    }
  }

  @Test
  void givenClosedLease_lockFolder_keepsNothingButTheGuard() throws Exception {
    newLock().acquire(FIRST, Duration.ZERO).close();

    assertThat(lockFile()).doesNotExist();
    assertThat(namesIn(root().resolve("_lock"))).containsExactly("guard");
  }

  @Test
  void givenLockOfAnExitedProcessOnThisHost_acquire_takesItOverAtOnce() throws Exception {
    plant(onThisHost(Contenders.pidOfAnExitedProcess()), Instant.now());

    try (Lease lease = newLock().acquire(FIRST, Duration.ZERO)) {
      assertThat(Files.readString(lockFile()))
          .contains(FIRST.value())
          .doesNotContain(PLANTED.value());
    }
  }

  @Test
  void givenAnotherProcessHoldingTheLake_acquire_isRefusedNamingItUntilItDies() throws Exception {
    RunId other = new RunId("20261124-080000-beef");
    try (Contenders contenders = new Contenders(root(), folder.resolve("signals"))) {
      Process holder = contenders.start(other);
      assertThat(contenders.race()).containsExactly("won");

      assertThatThrownBy(() -> newLock().acquire(FIRST, Duration.ZERO))
          .isInstanceOf(LakeBusyException.class)
          .hasMessageContaining("run " + other)
          .hasMessageContaining("host " + LockingProcess.current().host())
          .hasMessageContaining("pid " + holder.pid())
          .hasMessageMatching("(?s).*since \\d{4}-\\d\\d-\\d\\dT.*")
          .hasMessageContaining(lockFile().toString());

      // Killed, it cannot remove its lock: the next run must see that it is gone.
      holder.destroyForcibly();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
      try (Lease lease = newLock().acquire(FIRST, Duration.ZERO)) {
        assertThat(Files.readString(lockFile())).contains(FIRST.value());
      }
    }
  }

  @Test
  void givenLockOfAnotherRunOfThisProcess_acquire_isRefused() throws Exception {
    plant(LockingProcess.current(), Instant.now());

    assertThatThrownBy(() -> newLock().acquire(FIRST, Duration.ZERO))
        .isInstanceOf(LakeBusyException.class)
        .hasMessageContaining("run " + PLANTED)
        .hasMessageContaining("pid " + ProcessHandle.current().pid());
  }

  @Test
  void givenLockOfAnEarlierProcessWithThisPid_acquire_takesItOver() throws Exception {
    // A container restarted after a crash runs its JVM under the same pid as before.
    plant(onThisHost(ProcessHandle.current().pid()), Instant.now());

    try (Lease lease = newLock().acquire(FIRST, Duration.ZERO)) {
      assertThat(Files.readString(lockFile())).contains(FIRST.value());
    }
  }

  @Test
  void givenLockFromAnotherHostBeatingRecently_acquire_isRefused() throws Exception {
    long gone = Contenders.pidOfAnExitedProcess();
    plant(onAnotherHost(gone), Instant.now().minus(STALE_AFTER).plusSeconds(30));

    assertThatThrownBy(() -> newLock().acquire(FIRST, Duration.ZERO))
        .isInstanceOf(LakeBusyException.class)
        .hasMessageContaining("host another-host")
        .hasMessageContaining("pid " + gone);
  }

  @Test
  void givenLockFromAnotherHostSilentPastTheBound_acquire_takesItOver() throws Exception {
    plant(onAnotherHost(1), Instant.now().minus(STALE_AFTER).minusSeconds(1));

    try (Lease lease = newLock().acquire(FIRST, Duration.ZERO)) {
      assertThat(Files.readString(lockFile())).contains(FIRST.value());
    }
  }

  @Test
  void givenLockFromAnotherPidNamespaceOfThisHost_acquire_judgesItByItsHeartbeatOnly()
      throws Exception {
    LockingProcess self = LockingProcess.current();
    long gone = Contenders.pidOfAnExitedProcess();
    plant(new LockingProcess(self.host(), "pid:[1]", gone, "elsewhere"), Instant.now());

    assertThatThrownBy(() -> newLock().acquire(FIRST, Duration.ZERO))
        .isInstanceOf(LakeBusyException.class);
  }

  @Test
  void givenOpenLease_heartbeat_keepsTheLockFresh() throws Exception {
    RunLock lock = new FileRunLock(root(), Duration.ofMillis(50), STALE_AFTER);

    try (Lease lease = lock.acquire(FIRST, Duration.ZERO)) {
      Instant longAgo = Instant.now().minus(Duration.ofHours(1));
      Files.setLastModifiedTime(lockFile(), FileTime.from(longAgo));

      assertThat(awaitHeartbeatAfter(longAgo.plusSeconds(60))).isTrue();
    }
  }

  @Test
  void givenLeaseTakenOverAfterSilence_close_leavesTheNewHolderAlone() throws Exception {
    Lease silent = newLock().acquire(FIRST, Duration.ZERO);
    Files.setLastModifiedTime(lockFile(), FileTime.from(Instant.now().minus(Duration.ofHours(1))));

    try (Lease taker = newLock().acquire(SECOND, Duration.ZERO)) {
      silent.close();

      assertThat(Files.readString(lockFile())).contains(SECOND.value());
      assertThatThrownBy(() -> newLock().acquire(FIRST, Duration.ZERO))
          .hasMessageContaining("run " + SECOND);
    }
  }

  @Test
  void givenRunsFindingTheSameStaleLock_acquire_letsExactlyOneTakeItOver() throws Exception {
    plant(onThisHost(Contenders.pidOfAnExitedProcess()), Instant.now());
    int runs = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(runs);
    List<Lease> winners = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int i = 0; i < runs; i++) {
        RunLock lock = newLock();
        RunId run = new RunId("20261124-120000-%04x".formatted(i));
        done.add(threads.submit(() -> raceFor(lock, run, start, winners)));
      }
      start.countDown();
      for (Future<?> each : done) {
        each.get(30, TimeUnit.SECONDS);
      }

      assertThat(winners).hasSize(1);
    } finally {
      winners.forEach(Lease::close);
      threads.shutdownNow();
    }
  }

  @Test
  void givenProcessesFindingTheSameStaleLock_acquire_letsExactlyOneTakeItOver() throws Exception {
    plant(onThisHost(Contenders.pidOfAnExitedProcess()), Instant.now());

    try (Contenders contenders = new Contenders(root(), folder.resolve("signals"))) {
      for (int i = 0; i < 4; i++) {
        contenders.start(new RunId("20261124-130000-%04x".formatted(i)));
      }

      assertThat(contenders.race()).containsOnly("won", "busy").containsOnlyOnce("won");
    }
  }

  @Test
  void givenUnreadableLockFile_acquire_failsNamingIt() throws Exception {
    Files.createDirectories(lockFile().getParent());
    Files.writeString(lockFile(), "not a lock");

    assertThatThrownBy(() -> newLock().acquire(FIRST, Duration.ZERO))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(lockFile().toString());
  }

  private Void raceFor(RunLock lock, RunId run, CountDownLatch start, List<Lease> winners)
      throws InterruptedException {
    start.await();
    try {
      winners.add(lock.acquire(run, Duration.ZERO));
    } catch (LakeBusyException lost) {
      // The others lose; only the count of winners matters.
    }
    return null;
  }

  private boolean awaitHeartbeatAfter(Instant mark) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.getLastModifiedTime(lockFile()).toInstant().isAfter(mark)) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  private void plant(LockingProcess holder, Instant heartbeat) throws IOException {
    Files.createDirectories(lockFile().getParent());
    LockHolder planted =
        new LockHolder(PLANTED, holder, Instant.parse("2026-11-24T09:00:00Z"), "planted");
    Files.write(lockFile(), planted.toBytes());
    Files.setLastModifiedTime(lockFile(), FileTime.from(heartbeat));
  }

  private static LockingProcess onThisHost(long pid) {
    LockingProcess self = LockingProcess.current();
    return new LockingProcess(self.host(), self.pidNamespace(), pid, "an-earlier-process");
  }

  private static LockingProcess onAnotherHost(long pid) {
    return new LockingProcess("another-host", LockingProcess.current().pidNamespace(), pid, "x");
  }

  private static List<String> namesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
