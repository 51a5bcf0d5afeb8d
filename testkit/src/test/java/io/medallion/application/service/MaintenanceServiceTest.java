package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.in.MaintainLakeCommand;
import io.medallion.application.port.out.LakeBusyException;
import io.medallion.application.port.out.LakeMaintenance;
import io.medallion.application.port.out.MaintenanceResult;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.run.RunId;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.memory.InMemoryRunLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintenanceServiceTest {

  private final List<Duration> asked = new ArrayList<>();
  private final LakeMaintenance lake =
      retention -> {
        asked.add(retention);
        return List.of(
            new MaintenanceResult(TableName.of(Layer.META, "events"), 4, 1, 0),
            new MaintenanceResult(TableName.of(Layer.BRONZE, "titles"), 9, 1, 2));
      };

  private final InMemoryRunLock lock = new InMemoryRunLock();
  private final MaintenanceService service = new MaintenanceService(lake, lock, Clock.systemUTC());

  @Test
  void givenRetentionOfAWeek_maintain_asksTheLakeWithItAndOrdersTheTables() {
    List<MaintenanceResult> results =
        service.maintain(new MaintainLakeCommand(Duration.ofHours(168)));

    assertThat(asked).containsExactly(Duration.ofHours(168));
    assertThat(lock.holder()).as("released after maintenance").isEmpty();
    assertThat(results)
        .extracting(r -> r.table().toString())
        .containsExactly("bronze.titles", "meta.events");
  }

  @Test
  void givenARunHoldingTheLake_maintain_failsNamingItAndTouchesNoTable() {
    RunId running = RunId.startingAt(Instant.parse("2026-11-25T10:00:00Z"));
    try (RunLock.Lease held = lock.acquire(running, Duration.ZERO)) {
      assertThatThrownBy(() -> service.maintain(new MaintainLakeCommand(Duration.ofHours(168))))
          .isInstanceOf(LakeBusyException.class)
          .hasMessageContaining(running.value());
    }
    assertThat(asked).isEmpty();
  }

  @Test
  void givenRetentionBelowAWeek_command_isRefusedNamingTheBound() {
    assertThatThrownBy(() -> new MaintainLakeCommand(Duration.ofHours(167)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("167 hours")
        .hasMessageContaining("168 hours");
    assertThat(asked).isEmpty();
  }

  @Test
  void givenNegativeFileCount_result_isRefused() {
    TableName table = TableName.of(Layer.GOLD, "dim_title");

    assertThatThrownBy(() -> new MaintenanceResult(table, 3, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gold.dim_title");
  }
}
