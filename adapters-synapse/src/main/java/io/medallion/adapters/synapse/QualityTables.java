package io.medallion.adapters.synapse;

import io.medallion.application.port.out.LoadedSnapshot;
import io.medallion.application.port.out.QualityTable;
import io.medallion.application.port.out.RunQuality;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dedicated pool's record of every run's quality: one row per table in meta.table_quality and
 * one per expectation in meta.expectation_results, appended run by run; a run recorded again
 * replaces its own rows, in one DML transaction.
 */
final class QualityTables {

  static final String TABLES = QualityTable.TABLE_QUALITY.tableName();
  static final String EXPECTATIONS = QualityTable.EXPECTATION_RESULTS.tableName();

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
    catalog.inTransaction(
        () -> {
          for (QualityTable table : QualityTable.values()) {
            catalog.update("DELETE FROM " + name(table) + " WHERE [run_id] = ?", run);
          }
          // A dedicated pool inserts one VALUES row per statement.
          for (QualityTable table : QualityTable.values()) {
            for (List<Object> row : table.rows(quality)) {
              catalog.update(insert(table), row.toArray());
            }
          }
        });
  }

  private static String name(QualityTable table) {
    return SqlIdentifier.quote(QualityTable.SCHEMA, table.tableName());
  }

  private static String insert(QualityTable table) {
    return "INSERT INTO "
        + name(table)
        + table.columns().stream()
            .map(SqlIdentifier::quote)
            .collect(Collectors.joining(", ", " (", ")"))
        + table.columns().stream()
            .map(c -> "?")
            .collect(Collectors.joining(", ", " VALUES (", ")"));
  }
}
