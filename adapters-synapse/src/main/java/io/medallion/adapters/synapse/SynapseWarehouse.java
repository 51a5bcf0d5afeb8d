package io.medallion.adapters.synapse;

import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.RunQuality;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.ViewRows;
import io.medallion.application.port.out.Warehouse;
import io.medallion.domain.table.TableName;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A warehouse in Azure Synapse, serverless or dedicated, loaded and read over JDBC. */
final class SynapseWarehouse implements Warehouse {

  private final SnapshotLoader loader;
  private final SqlRetry retry;
  private final Clock clock;

  SynapseWarehouse(SnapshotLoader loader, SqlRetry retry, Clock clock) {
    this.loader = loader;
    this.retry = retry;
    this.clock = clock;
  }

  @Override
  public void load(List<TableSnapshot> snapshots) {
    if (snapshots.isEmpty()) {
      return;
    }
    SnapshotLoader.PreparedLoad load = loader.prepare(snapshots);
    // Every attempt starts over on a new connection; each step checks what the last one left.
    retry.run(
        "loading the warehouse",
        connection -> {
          connection.setAutoCommit(true);
          load.run(new SqlCatalog(connection), clock.instant());
          return null;
        });
  }

  // Only reads, so a read cut off by a transient error starts over on a new connection.
  @Override
  public Map<TableName, Long> loadedVersions() {
    return retry.run(
        "reading the warehouse's loaded versions",
        connection -> loader.loadedVersions(new SqlCatalog(connection)));
  }

  @Override
  public void recordQuality(RunQuality quality) {
    SnapshotLoader.PreparedLoad record = loader.prepareQuality(quality);
    retry.run(
        "recording the run's quality",
        connection -> {
          connection.setAutoCommit(true);
          record.run(new SqlCatalog(connection), clock.instant());
          return null;
        });
  }

  // A login and SELECT 1, once: what the login may create shows at a run's load, not here.
  @Override
  public List<String> problems() {
    try {
      retry.once(
          "connecting to the Synapse warehouse",
          connection -> {
            try (Statement statement = connection.createStatement()) {
              statement.execute("SELECT 1");
            }
            return null;
          });
      return List.of();
    } catch (RuntimeException e) {
      return List.of("warehouse: " + e.getMessage());
    }
  }

  // Only reads, so a read cut off by a transient error starts over on a new connection.
  @Override
  public ViewRows view(ReportingView view) {
    ViewReading reading = new ViewReading(view);
    return retry.run("reading " + reading.name(), reading::read);
  }
}
