package io.medallion.application.service;

import io.medallion.application.port.in.MaintainLakeCommand;
import io.medallion.application.port.in.MaintainLakeUseCase;
import io.medallion.application.port.out.LakeMaintenance;
import io.medallion.application.port.out.MaintenanceResult;
import java.util.Comparator;
import java.util.List;

/** Maintains the lake through the {@link LakeMaintenance} port, within the command's retention. */
public final class MaintenanceService implements MaintainLakeUseCase {

  private final LakeMaintenance maintenance;

  public MaintenanceService(LakeMaintenance maintenance) {
    this.maintenance = maintenance;
  }

  @Override
  public List<MaintenanceResult> maintain(MaintainLakeCommand command) {
    return maintenance.maintain(command.retention()).stream()
        .sorted(Comparator.comparing(MaintenanceResult::table))
        .toList();
  }
}
