package io.medallion.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.run.RunId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class RunLockHolderTest {

  private static final RunId RUN = new RunId("20261124-100000-0001");

  @Test
  void givenAHolder_describe_namesItsRunHostPidAndSince() {
    RunLockHolder holder =
        new RunLockHolder(RUN, "worker-3", 4242, Instant.parse("2026-11-24T10:00:00Z"));

    assertThat(holder.describe())
        .isEqualTo("run 20261124-100000-0001 (host worker-3, pid 4242) since 2026-11-24T10:00:00Z");
  }

  @Test
  void givenARunTakingTheLock_startingNow_isSinceNowToTheMillisecond() {
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    RunLockHolder holder = RunLockHolder.startingNow(RUN, "worker-3", 4242);

    assertThat(holder.since()).isBetween(before, Instant.now());
    assertThat(holder.since()).isEqualTo(holder.since().truncatedTo(ChronoUnit.MILLIS));
    assertThat(holder)
        .extracting(RunLockHolder::host, RunLockHolder::pid)
        .containsExactly("worker-3", 4242L);
  }

  @Test
  void givenAHolderAndHowItHolds_busyMessage_namesBoth() {
    assertThat(RunLockHolder.busyMessage("run x", "lock file /lake/_lock/run.lock"))
        .isEqualTo("the lake is held by run x (lock file /lake/_lock/run.lock)");
  }
}
