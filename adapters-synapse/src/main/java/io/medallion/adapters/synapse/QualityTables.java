package io.medallion.adapters.synapse;

import io.medallion.application.port.out.LoadedSnapshot;
import io.medallion.application.port.out.RunQuality;
import io.medallion.application.run.LayerResult;
import io.medallion.domain.quality.ExpectationResult;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The dedicated pool's record of every run's quality: one row per table in meta.table_quality and
 * one per expectation in meta.expectation_results, appended run by run; a run recorded again
 * replaces its own rows, in one DML transaction.
 */
final class QualityTables {

  static final String TABLES = "table_quality";
  static final String EXPECTATIONS = "expectation_results";

  static final String CREATE_TABLES =
      "CREATE TABLE [meta].[table_quality] (\n"
          + "    [run_id] NVARCHAR(32) NOT NULL,\n"
          + "    [run_at] DATETIME2(3) NOT NULL,\n"
          + "    [table_name] NVARCHAR(256) NOT NULL,\n"
          + "    [layer] NVARCHAR(16) NOT NULL,\n"
          + "    [rows_in] BIGINT NOT NULL,\n"
          + "    [rows_out] BIGINT NOT NULL,\n"
          + "    [dropped] BIGINT NOT NULL,\n"
          + "    [quarantined] BIGINT NOT NULL,\n"
          + "    [expectations_passed] BIGINT NOT NULL,\n"
          + "    [expectations_failed] BIGINT NOT NULL,\n"
          + "    [version] BIGINT NOT NULL\n"
          + ")\nWITH (DISTRIBUTION = ROUND_ROBIN, HEAP)";
  static final String CREATE_EXPECTATIONS =
      "CREATE TABLE [meta].[expectation_results] (\n"
          + "    [run_id] NVARCHAR(32) NOT NULL,\n"
          + "    [table_name] NVARCHAR(256) NOT NULL,\n"
          + "    [expectation] NVARCHAR(256) NOT NULL,\n"
          + "    [action] NVARCHAR(16) NOT NULL,\n"
          + "    [rule] NVARCHAR(4000) NULL,\n"
          + "    [passed] BIGINT NOT NULL,\n"
          + "    [failed] BIGINT NOT NULL\n"
          + ")\nWITH (DISTRIBUTION = ROUND_ROBIN, HEAP)";

  // A dedicated pool inserts one VALUES row per statement.
  private static final String INSERT_TABLE =
      "INSERT INTO [meta].[table_quality] ([run_id], [run_at], [table_name], [layer], [rows_in],"
          + " [rows_out], [dropped], [quarantined], [expectations_passed], [expectations_failed],"
          + " [version]) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_EXPECTATION =
      "INSERT INTO [meta].[expectation_results] ([run_id], [table_name], [expectation], [action],"
          + " [rule], [passed], [failed]) VALUES (?, ?, ?, ?, ?, ?, ?)";

  private QualityTables() {}

  /** Creates the schema and both tables where missing; after a load the views need them. */
  static void create(SqlCatalog catalog) throws SQLException {
    LoadedSnapshots.create(catalog);
    if (!catalog.tableExists(LoadedSnapshot.SCHEMA, TABLES)) {
      catalog.execute(CREATE_TABLES);
    }
    if (!catalog.tableExists(LoadedSnapshot.SCHEMA, EXPECTATIONS)) {
      catalog.execute(CREATE_EXPECTATIONS);
    }
  }

  static void replace(SqlCatalog catalog, RunQuality quality) throws SQLException {
    String run = quality.run().value();
    LocalDateTime at = LocalDateTime.ofInstant(quality.startedAt(), ZoneOffset.UTC);
    catalog.inTransaction(
        () -> {
          catalog.update("DELETE FROM [meta].[table_quality] WHERE [run_id] = ?", run);
          catalog.update("DELETE FROM [meta].[expectation_results] WHERE [run_id] = ?", run);
          for (LayerResult result : quality.results()) {
            insert(catalog, run, at, result);
          }
        });
  }

  private static void insert(SqlCatalog catalog, String run, LocalDateTime at, LayerResult result)
      throws SQLException {
    String table = result.table().toString();
    long failing = result.expectations().stream().filter(e -> e.failed() > 0).count();
    catalog.update(
        INSERT_TABLE,
        run,
        at,
        table,
        result.table().layer().id(),
        result.rowsIn(),
        result.rowsOut(),
        result.dropped(),
        result.quarantined(),
        result.expectations().size() - failing,
        failing,
        result.version());
    for (ExpectationResult e : result.expectations()) {
      catalog.update(
          INSERT_EXPECTATION,
          run,
          table,
          e.name(),
          e.action().name(),
          e.rule(),
          e.passed(),
          e.failed());
    }
  }
}
