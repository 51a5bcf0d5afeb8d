package io.medallion.adapters.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.fixture.TickingClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbWarehouseTest {

  private static final TableName DIM_TITLE = TableName.of(Layer.GOLD, "dim_title");
  private static final TableName BY_YEAR = TableName.of(Layer.GOLD, "agg_titles_by_year");
  private static final List<Column> TITLE_COLUMNS =
      List.of(new Column("show_id", ColumnType.STRING), new Column("release_year", ColumnType.INT));

  @TempDir Path dir;
  private Path lake;
  private Path database;
  private DuckDbWarehouse warehouse;
  private DuckDbConsole console;

  @BeforeEach
  void setUp() {
    lake = dir.resolve("lake");
    // Nested folders prove the warehouse creates its file's parents.
    database = dir.resolve("serve/db/medallion.duckdb");
    warehouse =
        new DuckDbWarehouse(new DuckDbConnections(database), TickingClock.fromNewYear2026());
    console = new DuckDbConsole(new DuckDbConnections(database));
  }

  @Test
  void givenSnapshotOfTwoFiles_load_loadsTheirRowsAndNotTheFolderRemovedOne() throws Exception {
    URI first = titles("part-0.parquet", "('s1', 2001), ('s2', 2002)");
    URI second = titles("part-1.parquet", "('s3', 2003)");
    titles("part-removed.parquet", "('gone', 1999)");

    warehouse.load(List.of(titleSnapshot(1, first, second)));

    assertThat(rows("SELECT * FROM gold.dim_title ORDER BY show_id"))
        .containsExactly(List.of("s1", "2001"), List.of("s2", "2002"), List.of("s3", "2003"));
  }

  @Test
  void givenSnapshotWithoutFiles_load_createsAnEmptyTableWithItsColumnsAndTypes() {
    List<Column> columns =
        List.of(
            new Column("show_id", ColumnType.STRING),
            new Column("minutes", ColumnType.INT),
            new Column("titles", ColumnType.LONG),
            new Column("share", ColumnType.DOUBLE),
            new Column("is_movie", ColumnType.BOOLEAN),
            new Column("date_added", ColumnType.DATE),
            new Column("_ingested_at", ColumnType.TIMESTAMP));

    warehouse.load(List.of(new TableSnapshot(DIM_TITLE, 0, columns, List.of())));

    assertThat(rows("SELECT count(*) FROM gold.dim_title")).containsExactly(List.of("0"));
    assertThat(
            rows(
                "SELECT column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = 'gold' AND table_name = 'dim_title'"
                    + " ORDER BY ordinal_position"))
        .containsExactly(
            List.of("show_id", "VARCHAR"),
            List.of("minutes", "INTEGER"),
            List.of("titles", "BIGINT"),
            List.of("share", "DOUBLE"),
            List.of("is_movie", "BOOLEAN"),
            List.of("date_added", "DATE"),
            List.of("_ingested_at", "TIMESTAMP"));
  }

  @Test
  void givenVersionAlreadyLoaded_load_skipsItAndKeepsItsRowsAndLoadTime() throws Exception {
    URI file = titles("part-0.parquet", "('s1', 2001)");
    warehouse.load(List.of(titleSnapshot(3, file)));
    String bookkeeping = "SELECT table_name, version, loaded_at FROM meta.loaded_snapshots";
    List<List<String>> before = rows(bookkeeping);
    Files.delete(Path.of(file));

    warehouse.load(List.of(titleSnapshot(3, file)));

    assertThat(rows("SELECT * FROM gold.dim_title")).containsExactly(List.of("s1", "2001"));
    assertThat(rows(bookkeeping))
        .isEqualTo(before)
        .containsExactly(List.of("gold.dim_title", "3", "2026-01-01 00:00:00.0"));
  }

  @Test
  void givenTableDroppedByHand_load_loadsTheSameVersionAgain() throws Exception {
    TableSnapshot snapshot = titleSnapshot(1, titles("part-0.parquet", "('s1', 2001)"));
    warehouse.load(List.of(snapshot));
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE gold.dim_title");
    }

    warehouse.load(List.of(snapshot));

    assertThat(rows("SELECT * FROM gold.dim_title")).containsExactly(List.of("s1", "2001"));
  }

  @Test
  void givenNewVersion_load_replacesTheRows() throws Exception {
    warehouse.load(List.of(titleSnapshot(1, titles("v1.parquet", "('s1', 2001), ('s2', 2002)"))));

    warehouse.load(List.of(titleSnapshot(2, titles("v2.parquet", "('s9', 2009)"))));

    assertThat(rows("SELECT * FROM gold.dim_title")).containsExactly(List.of("s9", "2009"));
    assertThat(rows("SELECT table_name, version FROM meta.loaded_snapshots"))
        .containsExactly(List.of("gold.dim_title", "2"));
  }

  @Test
  void givenATableRebuiltToTheSameVersionNumber_load_replacesTheRows() throws Exception {
    warehouse.load(List.of(titleSnapshot(1, titles("v1.parquet", "('s1', 2001)"))));

    // A full refresh rebuilds the table: version 1 again, other files.
    warehouse.load(List.of(titleSnapshot(1, titles("rebuilt.parquet", "('s7', 2007)"))));

    assertThat(rows("SELECT * FROM gold.dim_title")).containsExactly(List.of("s7", "2007"));
  }

  @Test
  void givenMissingFileInBatch_load_failsNamingItAndLeavesEveryTableAsItWas() throws Exception {
    warehouse.load(List.of(titleSnapshot(1, titles("v1.parquet", "('s1', 2001)"))));
    TableSnapshot newTitles = titleSnapshot(2, titles("v2.parquet", "('s2', 2002)"));
    TableSnapshot broken =
        new TableSnapshot(
            BY_YEAR,
            1,
            List.of(new Column("release_year", ColumnType.INT)),
            List.of(lake.resolve("missing.parquet").toUri()));

    assertThatThrownBy(() -> warehouse.load(List.of(newTitles, broken)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("gold.agg_titles_by_year");

    assertThat(rows("SELECT * FROM gold.dim_title")).containsExactly(List.of("s1", "2001"));
    assertThat(rows("SELECT table_name, version FROM meta.loaded_snapshots"))
        .containsExactly(List.of("gold.dim_title", "1"));
    assertThat(rows("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'agg_titles_by_year'"))
        .containsExactly(List.of("0"));
  }

  @Test
  void givenFilesOfDifferentShapes_load_castsToTheSnapshotColumnsByName() throws Exception {
    // An older file lacks the newer column; Spark hands instants and arrays the snapshot types.
    URI older = ParquetFiles.write(lake.resolve("old.parquet"), "SELECT 's1' AS show_id");
    URI newer =
        ParquetFiles.write(
            lake.resolve("new.parquet"),
            "SELECT TIMESTAMPTZ '2024-01-01 10:00:00+02' AS added_at, ['a', 'b'] AS cast_names,"
                + " 's2' AS show_id");
    List<Column> columns =
        List.of(
            new Column("show_id", ColumnType.STRING),
            new Column("added_at", ColumnType.TIMESTAMP),
            new Column("cast_names", ColumnType.STRING));

    warehouse.load(List.of(new TableSnapshot(DIM_TITLE, 1, columns, List.of(older, newer))));

    assertThat(rows("SELECT * FROM gold.dim_title ORDER BY show_id"))
        .containsExactly(
            Arrays.asList("s1", null, null), List.of("s2", "2024-01-01 08:00:00.0", "[a, b]"));
  }

  @Test
  void givenPathWithAQuote_load_readsTheFile() throws Exception {
    URI file =
        ParquetFiles.write(
            dir.resolve("o'brien's lake/part-0.parquet"),
            "SELECT 's1' AS show_id, 2001 AS release_year");

    warehouse.load(List.of(titleSnapshot(1, file)));

    assertThat(rows("SELECT show_id FROM gold.dim_title")).containsExactly(List.of("s1"));
  }

  @Test
  void givenNonFileUri_load_refusesItBeforeTouchingTheDatabase() {
    TableSnapshot remote =
        titleSnapshot(1, URI.create("abfss://lake@account.dfs.core.windows.net/gold/x.parquet"));

    assertThatThrownBy(() -> warehouse.load(List.of(remote)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("abfss://")
        .hasMessageContaining("gold.dim_title");
    assertThat(database).doesNotExist();
  }

  @Test
  void givenLoadedTable_query_returnsColumnLabelsAndTextValuesWithNulls() throws Exception {
    warehouse.load(
        List.of(titleSnapshot(1, titles("part-0.parquet", "('s1', 2001), (NULL, 2002)"))));

    QueryResult result =
        console.query(
            "SELECT show_id AS id, release_year + 1 AS next_year FROM gold.dim_title"
                + " ORDER BY release_year");

    assertThat(result.columns()).containsExactly("id", "next_year");
    assertThat(result.rows()).containsExactly(List.of("s1", "2002"), Arrays.asList(null, "2003"));
  }

  @Test
  void givenBadSql_query_throwsDuckDbsMessageOnOneLine() {
    assertThatThrownBy(() -> console.query("SELEC 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Parser Error")
        .hasMessageContaining("SELEC")
        .hasMessageNotContaining("\n");
  }

  @Test
  void givenLoadedWarehouse_query_cannotWrite() throws Exception {
    warehouse.load(List.of(titleSnapshot(1, titles("part-0.parquet", "('s1', 2001)"))));

    assertThatThrownBy(() -> console.query("DROP TABLE gold.dim_title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("read-only");
    assertThat(rows("SELECT show_id FROM gold.dim_title")).containsExactly(List.of("s1"));
  }

  @Test
  void givenNoWarehouseFile_loadedVersions_isEmptyAndCreatesNothing() {
    assertThat(warehouse.loadedVersions()).isEmpty();

    assertThat(dir.resolve("serve")).doesNotExist();
  }

  @Test
  void givenWarehouseFileNeverLoaded_loadedVersions_isEmptyAndCreatesNoRecord() {
    console.query("SELECT 1");

    assertThat(warehouse.loadedVersions()).isEmpty();
    assertThat(rows("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'meta'"))
        .containsExactly(List.of("0"));
  }

  private URI titles(String file, String values) throws Exception {
    return ParquetFiles.write(
        lake.resolve("gold/dim_title").resolve(file),
        "SELECT * FROM (VALUES " + values + ") AS t(show_id, release_year)");
  }

  private static TableSnapshot titleSnapshot(long version, URI... files) {
    return new TableSnapshot(DIM_TITLE, version, TITLE_COLUMNS, List.of(files));
  }

  private List<List<String>> rows(String sql) {
    return console.query(sql).rows();
  }
}
