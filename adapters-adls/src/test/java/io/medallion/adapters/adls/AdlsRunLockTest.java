package io.medallion.adapters.adls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.medallion.application.port.out.LakeBusyException;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLock.Lease;
import io.medallion.application.port.out.RunLockHolder;
import io.medallion.application.run.RunId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdlsRunLockTest {

  private static final RunId FIRST = new RunId("20261124-100000-0001");
  private static final RunId SECOND = new RunId("20261124-110000-0002");
  private static final String LOCK_FILE = EmulatedAccount.ROOT + "/" + LockBlob.NAME;

  private EmulatedAccount account;

  @BeforeEach
  void startAccount() throws Exception {
    account = new EmulatedAccount();
  }

  @AfterEach
  void stopAccount() {
    account.close();
  }

  @Test
  void givenHeldLake_lockFile_namesTheHolderInTheLakeRootAndClosingEmptiesIt() {
    try (Lease lease = account.runLock().acquire(FIRST, Duration.ZERO)) {
      assertThat(lockFile())
          .contains("run_id=" + FIRST.value())
          .contains("pid=" + ProcessHandle.current().pid());
    }

    assertThat(lockFile()).isEmpty();
    assertThat(account.files()).containsExactly(LOCK_FILE);
  }

  @Test
  void givenLeaseOfADeadRun_acquire_isRefusedUntilItLapsesThenTakesTheLakeOver() {
    plantLeaseOfADeadRun();
    RunLock lock = account.runLock();

    assertThatThrownBy(() -> lock.acquire(SECOND, Duration.ZERO))
        .isInstanceOf(LakeBusyException.class)
        .hasMessageContaining("run " + FIRST + " (host another-host, pid 4242)")
        .hasMessageContaining("a lease on lake/" + LOCK_FILE)
        .hasMessageContaining("lapses within 60 s");
    account.emulator.tree().advance(Duration.ofSeconds(61));

    try (Lease taken = lock.acquire(SECOND, Duration.ZERO)) {
      assertThat(lockFile()).contains("run_id=" + SECOND.value());
    }
  }

  @Test
  void givenOpenLease_heartbeat_keepsItFromLapsing() throws Exception {
    RunLock lock = account.runLock(Duration.ofSeconds(15), Duration.ofMillis(50));

    try (Lease held = lock.acquire(FIRST, Duration.ZERO)) {
      // Each step is under the lease's 15 s, and only a renewal in between carries it past both.
      account.emulator.tree().advance(Duration.ofSeconds(10));
      awaitRenewal();
      account.emulator.tree().advance(Duration.ofSeconds(10));

      assertThatThrownBy(() -> account.runLock().acquire(SECOND, Duration.ZERO))
          .isInstanceOf(LakeBusyException.class)
          .hasMessageContaining(FIRST.value());
    }
  }

  @Test
  void givenLeaseTakenOverAfterSilence_close_leavesTheNewHolderAlone() {
    Lease silent = account.runLock().acquire(FIRST, Duration.ZERO);
    account.emulator.tree().advance(Duration.ofSeconds(61));

    try (Lease taker = account.runLock().acquire(SECOND, Duration.ZERO)) {
      silent.close();

      assertThat(lockFile()).contains("run_id=" + SECOND.value());
      assertThatThrownBy(() -> account.runLock().acquire(FIRST, Duration.ZERO))
          .isInstanceOf(LakeBusyException.class)
          .hasMessageContaining("run " + SECOND);
    }
  }

  @Test
  void givenLeaseOutsideTheServicesBounds_lock_isRefused() {
    assertThatThrownBy(() -> account.runLock(Duration.ofSeconds(14), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("15 to 60");
    assertThatThrownBy(() -> account.runLock(Duration.ofSeconds(61), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> account.runLock(Duration.ofSeconds(60), Duration.ofSeconds(21)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a third of the lease");
  }

  @Test
  void givenRefusedSasToken_acquire_failsNamingTheLockFileButNeverTheToken() throws Exception {
    try (DfsEmulator strict = DfsEmulator.start("another-signature")) {
      strict.tree().createFileSystem(EmulatedAccount.FILE_SYSTEM);
      AdlsSettings settings = account.settings().withEndpoint(strict.endpoint("acct"));
      RunLock lock =
          new AdlsModule(settings, Map.of(EmulatedAccount.SAS_ENV, EmulatedAccount.SAS)::get)
              .runLock();

      Throwable failure = catchThrowable(() -> lock.acquire(FIRST, Duration.ZERO));

      assertThat(failure)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "could not lease the run lock lake/"
                  + LOCK_FILE
                  + " (HTTP 403 AuthenticationFailed)");
      StringWriter everything = new StringWriter();
      failure.printStackTrace(new PrintWriter(everything));
      assertThat(everything.toString()).doesNotContain(EmulatedAccount.SIGNATURE);
    }
  }

  private void plantLeaseOfADeadRun() {
    LockBlob blob = account.lockBlob();
    String lease = blob.tryLease(Duration.ofSeconds(60)).orElseThrow();
    blob.name(
        lease,
        new RunLockHolder(FIRST, "another-host", 4242, Instant.parse("2026-11-24T10:00:00Z")));
  }

  private void awaitRenewal() throws InterruptedException {
    int before = renewals();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (renewals() == before && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(renewals()).isGreaterThan(before);
  }

  private int renewals() {
    return (int) account.emulator.leaseActions().stream().filter("renew"::equals).count();
  }

  private String lockFile() {
    return new String(
        account.emulator.tree().get(EmulatedAccount.FILE_SYSTEM, LOCK_FILE).committed,
        StandardCharsets.ISO_8859_1);
  }
}
