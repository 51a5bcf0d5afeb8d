package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LoadedSnapshot;
import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.RunQuality;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.ViewRows;
import io.medallion.application.port.out.Warehouse;
import io.medallion.domain.table.TableName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A warehouse in one embedded DuckDB file, loading each snapshot's Parquet files as a table. */
final class DuckDbWarehouse implements Warehouse {

  private static final Logger LOG = LoggerFactory.getLogger(DuckDbWarehouse.class);

  private final DuckDbConnections connections;
  private final Clock clock;
  private final FaultSwitch faults;

  DuckDbWarehouse(DuckDbConnections connections, Clock clock) {
    this(connections, clock, FaultSwitch.NONE);
  }

  DuckDbWarehouse(DuckDbConnections connections, Clock clock, FaultSwitch faults) {
    this.connections = connections;
    this.clock = clock;
    this.faults = faults;
  }

  @Override
  public void load(List<TableSnapshot> snapshots) {
    List<SnapshotSql> tables = snapshots.stream().map(SnapshotSql::new).toList();
    if (tables.isEmpty()) {
      return;
    }
    try (Connection connection = connections.readWrite()) {
      connection.setAutoCommit(false);
      loadAll(connection, tables);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot open the warehouse " + connections.file() + ": " + firstLine(e), e);
    }
  }

  private void loadAll(Connection connection, List<SnapshotSql> tables) throws SQLException {
    String current = LoadedSnapshot.SCHEMA + "." + LoadedSnapshot.NAME;
    try (Statement statement = connection.createStatement()) {
      LoadedSnapshots.create(connection);
      for (SnapshotSql table : tables) {
        current = table.snapshot().table().toString();
        loadOne(connection, statement, table);
        faults.reached(FaultPoint.SERVE_MID_LOAD);
      }
      current = "the reporting views";
      QualityRecords.create(connection);
      ReportingViews.refresh(connection);
      connection.commit();
    } catch (SQLException e) {
      rollBack(connection, e);
      throw new IllegalStateException(
          "cannot load " + current + " into the warehouse, nothing was loaded: " + firstLine(e), e);
    }
  }

  private void loadOne(Connection connection, Statement statement, SnapshotSql table)
      throws SQLException {
    TableSnapshot snapshot = table.snapshot();
    if (LoadedSnapshots.holds(connection, snapshot)) {
      LOG.debug("{} version {} is already loaded", snapshot.table(), snapshot.version());
      return;
    }
    statement.execute(table.createSchema());
    statement.execute(table.replaceTable());
    LoadedSnapshots.record(connection, snapshot, clock.instant());
    LOG.info("loaded {} version {}", snapshot.table(), snapshot.version());
  }

  private static void rollBack(Connection connection, SQLException cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      // Closing the connection discards the transaction anyway; the first failure is the story.
      cause.addSuppressed(e);
    }
  }

  // A warehouse never loaded stays as it was: no file is created just to answer "none".
  @Override
  public Map<TableName, Long> loadedVersions() {
    if (!connections.exists()) {
      return Map.of();
    }
    try (Connection connection = connections.readOnly()) {
      return LoadedSnapshots.versions(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read the loaded versions of the warehouse "
              + connections.file()
              + ": "
              + firstLine(e),
          e);
    }
  }

  @Override
  public void recordQuality(RunQuality quality) {
    try (Connection connection = connections.readWrite()) {
      connection.setAutoCommit(false);
      try {
        QualityRecords.create(connection);
        QualityRecords.replace(connection, quality);
        ReportingViews.refresh(connection);
        connection.commit();
      } catch (SQLException e) {
        rollBack(connection, e);
        throw new IllegalStateException(
            "cannot record the quality of run " + quality.run() + ": " + firstLine(e), e);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot open the warehouse " + connections.file() + ": " + firstLine(e), e);
    }
  }

  @Override
  public ViewRows view(ReportingView view) {
    String name = ReportingView.SCHEMA + "." + view.viewName();
    if (!connections.exists()) {
      throw new IllegalStateException(
          "cannot read " + name + ": the warehouse " + connections.file() + " holds nothing yet");
    }
    try (Connection connection = connections.readOnly()) {
      return ViewReading.read(connection, view);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read " + name + " from the warehouse " + connections.file() + ": " + firstLine(e),
          e);
    }
  }

  @Override
  public List<String> problems() {
    return WarehouseFileProbe.problems(connections);
  }

  // DuckDB adds a caret drawing under its first line, which a one-line report does not need.
  static String firstLine(SQLException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.strip().lines().findFirst().orElse(message);
  }
}
