package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class DedicatedLoaderTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final DedicatedLoader loader =
      new DedicatedLoader(StorageAccess.CALLER, ReportingViews.standard());

  @Test
  void givenBothVersionsAlreadyLoaded_load_runsNoDdl() throws Exception {
    RecordingConnection connection =
        new RecordingConnection(everythingExists(), sql -> null)
            .withRows(SnapshotFixtures.records(SnapshotFixtures.both()));

    loader.prepare(SnapshotFixtures.both()).run(new SqlCatalog(connection.connection()), NOW);

    assertThat(connection.executed()).isEmpty();
  }

  @Test
  void givenCopyFailingOnTheSecondTable_load_dropsBothStagingTablesAndTouchesNoLiveTable() {
    RecordingConnection connection =
        new RecordingConnection(
                stagingExistsOnceCreated(),
                sql ->
                    sql.startsWith("COPY INTO [gold].[agg_titles_by_year__staging]")
                        ? new SQLException("File not found", "S0001", 13807)
                        : null)
            .withRows(SnapshotFixtures.records(List.of()));

    assertThatThrownBy(
            () ->
                loader
                    .prepare(SnapshotFixtures.both())
                    .run(new SqlCatalog(connection.connection()), NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gold.agg_titles_by_year")
        .hasMessageContaining("nothing was loaded")
        .hasMessageContaining("File not found");
    List<String> executed = connection.executed();
    int failed = indexOfFirst(executed, "COPY INTO [gold].[agg_titles_by_year__staging]");
    assertThat(executed.subList(failed + 1, executed.size()))
        .containsExactly(
            "DROP TABLE [gold].[dim_title__staging]",
            "DROP TABLE [gold].[agg_titles_by_year__staging]");
    assertThat(connection.transcript())
        .noneMatch(s -> s.startsWith("RENAME") || s.startsWith("DELETE") || s.startsWith("INSERT"));
  }

  @Test
  void givenSecondRenameFailing_load_swapsTheFirstTableBackAndRecordsNothing() {
    RecordingConnection connection =
        new RecordingConnection(
                everythingExists(),
                sql ->
                    sql.equals(
                            "RENAME OBJECT [gold].[agg_titles_by_year__staging] TO [agg_titles_by_year]")
                        ? new SQLException("lock request time out", "HY000", 1222)
                        : null)
            .withRows(SnapshotFixtures.records(List.of()));

    assertThatThrownBy(
            () ->
                loader
                    .prepare(SnapshotFixtures.both())
                    .run(new SqlCatalog(connection.connection()), NOW))
        .hasMessageContaining("gold.agg_titles_by_year")
        .hasMessageContaining("swapped back");
    assertThat(connection.executed())
        .containsSubsequence(
            "RENAME OBJECT [gold].[dim_title] TO [dim_title__retired]",
            "RENAME OBJECT [gold].[dim_title__staging] TO [dim_title]",
            "RENAME OBJECT [gold].[agg_titles_by_year] TO [agg_titles_by_year__retired]",
            "RENAME OBJECT [gold].[dim_title] TO [dim_title__staging]",
            "RENAME OBJECT [gold].[dim_title__retired] TO [dim_title]",
            "RENAME OBJECT [gold].[agg_titles_by_year__retired] TO [agg_titles_by_year]");
    assertThat(connection.transcript()).noneMatch(s -> s.startsWith("INSERT"));
  }

  @Test
  void givenLiveTableMissingButRetiredPresent_load_putsTheRetiredOneBackFirst() throws Exception {
    TableSnapshot snapshot = SnapshotFixtures.dimTitle();
    RecordingConnection connection =
        new RecordingConnection(
                (sql, values) -> {
                  if (sql.contains("FROM sys.tables")) {
                    Object name = values.get(1);
                    return name.equals("dim_title__retired") || !name.toString().startsWith("dim_")
                        ? "1"
                        : "0";
                  }
                  return sql.contains("sys.schemas") ? "1" : "0";
                },
                sql -> null)
            .withRows(SnapshotFixtures.records(List.of()));

    loader.prepare(List.of(snapshot)).run(new SqlCatalog(connection.connection()), NOW);

    assertThat(connection.executed().get(0))
        .isEqualTo("RENAME OBJECT [gold].[dim_title__retired] TO [dim_title]");
  }

  @Test
  void givenSameFileListedTwice_load_copiesItOnce() {
    URI file = URI.create(SnapshotFixtures.LAKE + "gold/dim_title/part-0.parquet");
    TableSnapshot twice =
        new TableSnapshot(
            TableName.of(Layer.GOLD, "dim_title"),
            1,
            SnapshotFixtures.dimTitle().columns(),
            List.of(file, file));

    String copy = new DedicatedTable(twice, StorageAccess.CALLER).copyInto();

    assertThat(copy.split("part-0.parquet", -1)).hasSize(2);
  }

  @Test
  void givenFilesInTwoContainers_prepare_refusesBeforeTouchingTheWarehouse() {
    TableSnapshot split =
        new TableSnapshot(
            TableName.of(Layer.GOLD, "dim_title"),
            1,
            SnapshotFixtures.dimTitle().columns(),
            List.of(
                URI.create("abfss://aaa@acct01.dfs.core.windows.net/gold/x.parquet"),
                URI.create("abfss://bbb@acct01.dfs.core.windows.net/gold/y.parquet")));

    assertThatThrownBy(() -> loader.prepare(List.of(split)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one container");
  }

  @Test
  void givenColumnNameThatCouldBreakOut_prepare_refusesNamingTheColumn() {
    TableSnapshot evil =
        new TableSnapshot(
            TableName.of(Layer.GOLD, "dim_title"),
            1,
            List.of(
                new TableSnapshot.Column("ok", TableSnapshot.ColumnType.INT),
                new TableSnapshot.Column(
                    "x] INT); DROP TABLE [gold].[dim_title", TableSnapshot.ColumnType.INT)),
            List.of());

    assertThatThrownBy(() -> loader.prepare(List.of(evil)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 2 of gold.dim_title")
        .hasMessageContaining("']'");
  }

  @Test
  void givenNoRecordTable_loadedVersions_isEmptyAndReadsNoRecord() throws Exception {
    RecordingConnection connection =
        new RecordingConnection(
            (sql, values) -> sql.contains("FROM sys.tables") ? "0" : "1", sql -> null);

    assertThat(loader.loadedVersions(new SqlCatalog(connection.connection()))).isEmpty();
    assertThat(connection.transcript()).noneMatch(s -> s.contains("[meta].[loaded_snapshots]"));
  }

  @Test
  void givenRecordsOfALiveAndADroppedTable_loadedVersions_keepsTheLiveOnesVersion()
      throws Exception {
    RecordingConnection connection =
        new RecordingConnection((sql, values) -> "1", sql -> null)
            .withRows(
                (sql, values) -> {
                  if (sql.contains("FROM [meta].[loaded_snapshots]")) {
                    return List.of(
                        List.of("gold.dim_title", "7", "a".repeat(64)),
                        List.of("gold.agg_titles_by_year", "3", "b".repeat(64)));
                  }
                  return sql.startsWith("SELECT s.name, t.name FROM sys.tables")
                      ? List.of(List.of("gold", "dim_title"), List.of("meta", "loaded_snapshots"))
                      : null;
                });

    assertThat(loader.loadedVersions(new SqlCatalog(connection.connection())))
        .isEqualTo(Map.of(TableName.of(Layer.GOLD, "dim_title"), 7L));
    assertThat(connection.transcript()).allMatch(s -> s.startsWith("SELECT "));
  }

  private static int indexOfFirst(List<String> statements, String prefix) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no statement starts with " + prefix);
  }

  // Schemas, state table and live tables exist.
  private static BiFunction<String, List<Object>, String> everythingExists() {
    return (sql, values) -> {
      if (sql.contains("FROM sys.tables")) {
        String name = (String) values.get(1);
        return name.endsWith("__staging") || name.endsWith("__retired") ? "0" : "1";
      }
      return "1";
    };
  }

  // Every staging table reports as existing, so the clean-up after a failure drops each one.
  private static BiFunction<String, List<Object>, String> stagingExistsOnceCreated() {
    return (sql, values) -> {
      if (sql.contains("FROM sys.tables")) {
        return ((String) values.get(1)).endsWith("__retired") ? "0" : "1";
      }
      return "1";
    };
  }
}
