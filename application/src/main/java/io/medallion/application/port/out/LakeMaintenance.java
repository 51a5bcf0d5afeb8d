package io.medallion.application.port.out;

import java.time.Duration;
import java.util.List;

/**
 * Compacts every table of the lake into fewer files and deletes the files that no version younger
 * than {@code retention} reads; rows and versions within the retention are left as they were.
 * Results come ordered by layer and name, one per table; a new lake gives none.
 */
public interface LakeMaintenance {
  List<MaintenanceResult> maintain(Duration retention);
}
