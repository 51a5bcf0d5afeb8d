package io.medallion.application.service;

import io.medallion.application.port.in.MaintainLakeCommand;
import io.medallion.application.port.in.MaintainLakeUseCase;
import io.medallion.application.port.out.LakeMaintenance;
import io.medallion.application.port.out.MaintenanceResult;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.run.RunId;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Maintains the lake through the {@link LakeMaintenance} port, within the command's retention,
 * holding the lake's run lock meanwhile.
 */
public final class MaintenanceService implements MaintainLakeUseCase {

  private final LakeMaintenance maintenance;
  private final RunLock lock;
  private final Clock clock;

  public MaintenanceService(LakeMaintenance maintenance, RunLock lock, Clock clock) {
    this.maintenance = maintenance;
    this.lock = lock;
    this.clock = clock;
  }

  @Override
  public List<MaintenanceResult> maintain(MaintainLakeCommand command) {
    // Compaction rewrites files a run is reading or writing: maintenance takes the lake like a run.
    try (RunLock.Lease lease =
        lock.acquire(RunId.startingAt(clock.instant()), command.lockWait())) {
      return maintenance.maintain(command.retention()).stream()
          .sorted(Comparator.comparing(MaintenanceResult::table))
          .toList();
    }
  }
}
