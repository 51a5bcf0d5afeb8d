package io.medallion.adapters.synapse;

import io.medallion.adapters.synapse.SynapseSettings.Authentication;
import io.medallion.adapters.synapse.SynapseSettings.Login;
import io.medallion.adapters.synapse.SynapseSettings.Mode;
import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.adapters.synapse.SynapseSettings.Timeouts;
import io.medallion.application.port.out.RunQuality;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/** The fixed two-table snapshot and settings the Synapse tests share. */
final class SnapshotFixtures {

  static final String LAKE = "abfss://lake@medallionlake.dfs.core.windows.net/";
  static final URI GOLD_ROOT = URI.create(LAKE + "gold/");
  static final String SECRET = "s3cr3t-Passw0rd!";
  static final String SECRET_VARIABLE = "MEDALLION_SYNAPSE_SECRET";

  private SnapshotFixtures() {}

  /** gold.dim_title version 7 over two files, with a column of every type. */
  static TableSnapshot dimTitle() {
    return new TableSnapshot(
        TableName.of(Layer.GOLD, "dim_title"),
        7,
        List.of(
            new Column("show_id", ColumnType.STRING),
            new Column("release_year", ColumnType.INT),
            new Column("duration_minutes", ColumnType.LONG),
            new Column("rating_share", ColumnType.DOUBLE),
            new Column("is_movie", ColumnType.BOOLEAN),
            new Column("date_added", ColumnType.DATE),
            new Column("_ingested_at", ColumnType.TIMESTAMP)),
        List.of(
            URI.create(LAKE + "gold/dim_title/part-00000-a1.snappy.parquet"),
            URI.create(LAKE + "gold/dim_title/part-00001-b2.snappy.parquet")));
  }

  /** gold.agg_titles_by_year version 3 over one file. */
  static TableSnapshot byYear() {
    return new TableSnapshot(
        TableName.of(Layer.GOLD, "agg_titles_by_year"),
        3,
        List.of(new Column("release_year", ColumnType.INT), new Column("titles", ColumnType.LONG)),
        List.of(URI.create(LAKE + "gold/agg_titles_by_year/part-00000-c3.snappy.parquet")));
  }

  static List<TableSnapshot> both() {
    return List.of(dimTitle(), byYear());
  }

  /**
   * Answers a fake connection's reads of meta.loaded_snapshots with the records of {@code loaded}
   * (of the one table asked for, where one is); other queries it leaves to the fake's answers.
   */
  static BiFunction<String, List<Object>, List<List<String>>> records(List<TableSnapshot> loaded) {
    return (sql, values) ->
        !sql.contains("FROM [meta].[loaded_snapshots]")
            ? null
            : loaded.stream()
                .filter(s -> values.isEmpty() || values.get(0).equals(s.table().toString()))
                .map(
                    s -> List.of(s.table().toString(), Long.toString(s.version()), s.filesSha256()))
                .toList();
  }

  /** A run that quarantined two titles and dropped one, and published dim_title cleanly. */
  static RunQuality runQuality() {
    return new RunQuality(
        new RunId("20260101-000000-0001"),
        Instant.parse("2026-01-01T00:00:00Z"),
        List.of(
            new LayerResult(
                TableName.parse("silver.titles"),
                10,
                7,
                1,
                2,
                List.of(
                    new ExpectationResult(
                        "show_id_present", Action.QUARANTINE, "show_id IS NOT NULL", 8, 2),
                    new ExpectationResult("kind_known", Action.DROP, "kind IN ('Movie')", 9, 1)),
                4,
                false),
            new LayerResult(
                TableName.parse("gold.dim_title"),
                7,
                7,
                0,
                0,
                List.of(new ExpectationResult("key_unique", Action.FAIL, "unique", 7, 0)),
                2,
                false)));
  }

  /** One view standing in for the reporting views, so that a load's golden SQL stays short. */
  static ReportingViews sampleReporting() {
    return new ReportingViews(
        List.of(
            new SqlView(
                "gold",
                "report_titles_per_year",
                "SELECT [release_year], [titles] FROM [gold].[agg_titles_by_year]")));
  }

  static SynapseSettings settings(Mode mode, Authentication authentication) {
    String user = authentication == Authentication.MANAGED_IDENTITY ? null : "medallion_loader";
    String variable = authentication == Authentication.MANAGED_IDENTITY ? null : SECRET_VARIABLE;
    return new SynapseSettings(
        mode,
        "medallion-ws.sql.azuresynapse.net",
        1433,
        "gold_dw",
        new Login(authentication, user, variable),
        GOLD_ROOT,
        StorageAccess.CALLER,
        null,
        Timeouts.defaults(),
        RetryPolicy.defaults());
  }
}
