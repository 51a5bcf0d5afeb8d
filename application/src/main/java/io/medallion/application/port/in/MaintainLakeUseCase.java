package io.medallion.application.port.in;

import io.medallion.application.port.out.MaintenanceResult;
import java.util.List;

/**
 * Compacts and vacuums every table of the lake, one result per table ordered by layer and name;
 * rows are unchanged, and running it again finds little left to do.
 */
public interface MaintainLakeUseCase {
  List<MaintenanceResult> maintain(MaintainLakeCommand command);
}
