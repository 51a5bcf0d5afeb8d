package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.TableSnapshot;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerlessLoaderTest {

  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final String OLD_TITLES = "CREATE VIEW [gold].[dim_title] AS\n-- version 6";
  private final ServerlessLoader loader =
      new ServerlessLoader(
          StorageUrl.parseFolder(SnapshotFixtures.GOLD_ROOT), null, ReportingViews.overGold());

  @Test
  void givenViewsAlreadyServingTheseVersions_load_skipsThem() throws Exception {
    List<TableSnapshot> snapshots = SnapshotFixtures.both();
    RecordingConnection connection =
        new RecordingConnection(
            (sql, values) -> {
              if (sql.contains("sys.sql_modules")) {
                return values.get(1).equals("dim_title")
                    ? new ServerlessView(snapshots.get(0), ServerlessLoader.DATA_SOURCE).create()
                    : new ServerlessView(snapshots.get(1), ServerlessLoader.DATA_SOURCE).create();
              }
              return sql.contains("external_data_sources")
                  ? StorageUrl.parseFolder(SnapshotFixtures.GOLD_ROOT).dfs()
                  : "1";
            },
            sql -> null);

    loader.prepare(snapshots).run(new SqlCatalog(connection.connection()), NOW);

    assertThat(connection.executed()).isEmpty();
  }

  @Test
  void givenSecondViewFailing_load_restoresTheFirstViewsPreviousText() {
    RecordingConnection connection =
        new RecordingConnection(
            (sql, values) -> {
              if (sql.contains("sys.sql_modules")) {
                return values.get(1).equals("dim_title") ? OLD_TITLES : null;
              }
              return sql.contains("external_data_sources")
                  ? StorageUrl.parseFolder(SnapshotFixtures.GOLD_ROOT).dfs()
                  : "1";
            },
            sql ->
                sql.startsWith("CREATE VIEW [gold].[agg_titles_by_year]")
                    ? new SQLException("Content of directory cannot be listed.", "S0001", 13807)
                    : null);

    assertThatThrownBy(
            () ->
                loader
                    .prepare(SnapshotFixtures.both())
                    .run(new SqlCatalog(connection.connection()), NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gold.agg_titles_by_year")
        .hasMessageContaining("cannot be listed");
    List<String> executed = connection.executed();
    assertThat(executed.subList(executed.size() - 2, executed.size()))
        .containsExactly("DROP VIEW [gold].[dim_title]", OLD_TITLES);
  }

  @Test
  void givenViewsServingSnapshots_loadedVersions_readsEachVersionFromItsViewsText()
      throws Exception {
    String titles = new ServerlessView(SnapshotFixtures.dimTitle(), "medallion_gold").create();
    String byYear = new ServerlessView(SnapshotFixtures.byYear(), "medallion_gold").create();
    RecordingConnection connection =
        RecordingConnection.empty()
            .withRows(
                (sql, values) ->
                    sql.contains("sys.sql_modules")
                        ? List.of(
                            List.of("gold", "dim_title", titles),
                            List.of("gold", "agg_titles_by_year", byYear),
                            // A copy under another name serves nothing the warehouse loaded.
                            List.of("gold", "dim_title_copy", titles))
                        : null);

    Map<TableName, Long> versions = loader.loadedVersions(new SqlCatalog(connection.connection()));

    assertThat(versions)
        .isEqualTo(
            Map.of(
                TableName.of(Layer.GOLD, "dim_title"), 7L,
                TableName.of(Layer.GOLD, "agg_titles_by_year"), 3L));
    assertThat(connection.transcript())
        .singleElement()
        .asString()
        .contains("LIKE ?")
        .endsWith("-- values: '%-- medallion snapshot % version %'");
  }

  @Test
  void givenNoViewServingASnapshot_loadedVersions_isEmpty() throws Exception {
    RecordingConnection connection = RecordingConnection.empty();

    assertThat(loader.loadedVersions(new SqlCatalog(connection.connection()))).isEmpty();
  }

  @Test
  void givenDataSourceOverAnotherLake_load_refusesToRebindIt() {
    RecordingConnection connection =
        new RecordingConnection(
            (sql, values) ->
                sql.contains("external_data_sources")
                    ? "https://other.dfs.core.windows.net/lake/gold/"
                    : "1",
            sql -> null);

    assertThatThrownBy(
            () ->
                loader
                    .prepare(SnapshotFixtures.both())
                    .run(new SqlCatalog(connection.connection()), NOW))
        .hasMessageContaining("medallion_gold")
        .hasMessageContaining("other.dfs.core.windows.net");
    assertThat(connection.executed()).isEmpty();
  }
}
