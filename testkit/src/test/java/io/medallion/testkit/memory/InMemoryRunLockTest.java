package io.medallion.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.RunLock.Lease;
import io.medallion.application.run.RunId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryRunLockTest {

  private static final RunId RUN = new RunId("20261124-100000-0001");

  @Test
  void givenLeaseOpenThenClosed_holder_followsIt() {
    InMemoryRunLock lock = new InMemoryRunLock();

    try (Lease lease = lock.acquire(RUN, Duration.ZERO)) {
      assertThat(lock.holder()).contains(RUN);
    }
    assertThat(lock.holder()).isEmpty();
  }

  @Test
  void givenHeldLake_acquire_namesTheHolderAndSinceWhen() {
    Instant since = Instant.parse("2026-11-24T10:00:00Z");
    InMemoryRunLock lock = new InMemoryRunLock(Clock.fixed(since, ZoneOffset.UTC));

    try (Lease lease = lock.acquire(RUN, Duration.ZERO)) {
      assertThatThrownBy(() -> lock.acquire(new RunId("20261124-110000-0002"), Duration.ZERO))
          .hasMessageContaining(RUN.value())
          .hasMessageContaining("2026-11-24T10:00:00Z");
    }
  }
}
