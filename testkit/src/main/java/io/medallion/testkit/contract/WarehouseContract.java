package io.medallion.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.port.out.WarehouseConsole;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Warehouse} adapter must do. A subclass gives a fresh, empty warehouse per test
 * and writes the Parquet files of snapshots where that warehouse can read them. The tests read a
 * table through the warehouse's console with {@code SELECT * FROM layer.table}, which every console
 * answers; a console that runs any SQL says so, and is also checked on a query of its own, in SQL
 * that DuckDB and T-SQL read alike.
 */
public abstract class WarehouseContract {

  private static final TableName DIM_TITLE = TableName.of(Layer.GOLD, "dim_title");
  private static final TableName BY_YEAR = TableName.of(Layer.GOLD, "agg_titles_by_year");
  private static final List<Column> TITLE_COLUMNS =
      List.of(new Column("show_id", ColumnType.STRING), new Column("release_year", ColumnType.INT));
  private static final List<Column> BY_YEAR_COLUMNS =
      List.of(new Column("release_year", ColumnType.INT), new Column("titles", ColumnType.INT));

  /** A new warehouse holding no gold table and no record of any load. */
  protected abstract Warehouse newWarehouse() throws Exception;

  /**
   * Writes the rows (Strings, Integers or nulls, in the columns' order) as one Parquet file named
   * {@code name}, in a place of this test's own that the warehouse reads, and returns its address.
   */
  protected abstract URI writeParquet(String name, List<Column> columns, List<List<Object>> rows)
      throws Exception;

  /** The address a file named {@code name} would have in that place, with no file there. */
  protected abstract URI missingFile(String name) throws Exception;

  /** The SQL console of {@code warehouse}, which the tests read its tables through. */
  protected abstract WarehouseConsole console(Warehouse warehouse) throws Exception;

  /** True when the console runs any SQL, not only {@code SELECT * FROM layer.table}. */
  protected boolean runsAnySql() {
    return true;
  }

  /**
   * Drops a loaded table the way a person would, behind the adapter's back; by its query here,
   * which a subclass whose warehouse answers queries read-only replaces.
   */
  protected void dropByHand(Warehouse warehouse, TableName table) throws Exception {
    console(warehouse).query("DROP TABLE " + table);
  }

  @Test
  void givenNewWarehouse_problems_isEmptyAndLoadsNothing() throws Exception {
    Warehouse warehouse = newWarehouse();

    assertThat(warehouse.problems()).isEmpty();
    assertThat(warehouse.loadedVersions()).isEmpty();
  }

  @Test
  void givenLoadedWarehouse_problems_isEmpty() throws Exception {
    Warehouse warehouse = newWarehouse();
    warehouse.load(List.of(titleSnapshot(1, titles("v1.parquet", row("s1", 2001)))));

    assertThat(warehouse.problems()).isEmpty();
    assertThat(warehouse.loadedVersions()).containsEntry(DIM_TITLE, 1L);
  }

  @Test
  void givenSnapshotOfTwoFiles_load_makesTheTableEqualToThem() throws Exception {
    Warehouse warehouse = newWarehouse();
    URI first = titles("v1-a.parquet", row("s1", 2001), row("s2", 2002));
    URI second = titles("v1-b.parquet", row("s3", 2003));

    warehouse.load(List.of(titleSnapshot(1, first, second)));

    assertThat(rows(warehouse, DIM_TITLE))
        .containsExactlyInAnyOrder(
            List.of("s1", "2001"), List.of("s2", "2002"), List.of("s3", "2003"));
  }

  @Test
  void givenSnapshotWithoutFiles_load_makesAnEmptyTable() throws Exception {
    Warehouse warehouse = newWarehouse();

    warehouse.load(List.of(titleSnapshot(1)));

    assertThat(rows(warehouse, DIM_TITLE)).isEmpty();
  }

  @Test
  void givenVersionAlreadyLoaded_load_keepsItsRows() throws Exception {
    Warehouse warehouse = newWarehouse();
    TableSnapshot snapshot = titleSnapshot(3, titles("v3.parquet", row("s1", 2001)));
    warehouse.load(List.of(snapshot));

    warehouse.load(List.of(snapshot));

    assertThat(rows(warehouse, DIM_TITLE)).containsExactly(List.of("s1", "2001"));
  }

  @Test
  void givenATableRebuiltToTheSameVersionNumber_load_replacesTheRows() throws Exception {
    Warehouse warehouse = newWarehouse();
    warehouse.load(List.of(titleSnapshot(3, titles("v3.parquet", row("s1", 2001)))));

    // A full refresh rebuilt the table: the same version number over other files.
    warehouse.load(List.of(titleSnapshot(3, titles("rebuilt.parquet", row("s7", 2007)))));

    assertThat(rows(warehouse, DIM_TITLE)).containsExactly(List.of("s7", "2007"));
  }

  @Test
  void givenNewVersion_load_replacesTheRows() throws Exception {
    Warehouse warehouse = newWarehouse();
    warehouse.load(
        List.of(titleSnapshot(1, titles("v1.parquet", row("s1", 2001), row("s2", 2002)))));

    warehouse.load(List.of(titleSnapshot(2, titles("v2.parquet", row("s9", 2009)))));

    assertThat(rows(warehouse, DIM_TITLE)).containsExactly(List.of("s9", "2009"));
  }

  @Test
  void givenOneBadSnapshotInBatch_load_failsNamingItAndChangesNoTable() throws Exception {
    Warehouse warehouse = newWarehouse();
    warehouse.load(List.of(titleSnapshot(1, titles("v1.parquet", row("s1", 2001)))));
    TableSnapshot newTitles = titleSnapshot(2, titles("v2.parquet", row("s2", 2002)));
    TableSnapshot broken =
        new TableSnapshot(
            BY_YEAR,
            1,
            List.of(new Column("release_year", ColumnType.INT)),
            List.of(missingFile("by-year-missing.parquet")));

    assertThatThrownBy(() -> warehouse.load(List.of(newTitles, broken)))
        .hasMessageContaining("gold.agg_titles_by_year");

    assertThat(rows(warehouse, DIM_TITLE)).containsExactly(List.of("s1", "2001"));
    assertThatThrownBy(() -> rows(warehouse, BY_YEAR)).isInstanceOf(RuntimeException.class);
    // The failed version was not recorded as loaded: loading it alone now takes it.
    warehouse.load(List.of(newTitles));
    assertThat(rows(warehouse, DIM_TITLE)).containsExactly(List.of("s2", "2002"));
  }

  @Test
  void givenNewWarehouse_loadedVersions_isEmpty() throws Exception {
    Warehouse warehouse = newWarehouse();

    assertThat(warehouse.loadedVersions()).isEmpty();
  }

  @Test
  void givenTwoSnapshotsLoaded_loadedVersions_mapsEachTableToItsVersion() throws Exception {
    Warehouse warehouse = newWarehouse();
    TableSnapshot byYear =
        new TableSnapshot(
            BY_YEAR,
            5,
            BY_YEAR_COLUMNS,
            List.of(
                writeParquet("by-year-v5.parquet", BY_YEAR_COLUMNS, List.of(yearRow(2001, 1)))));

    warehouse.load(List.of(titleSnapshot(3, titles("v3.parquet", row("s1", 2001))), byYear));

    assertThat(warehouse.loadedVersions()).isEqualTo(Map.of(DIM_TITLE, 3L, BY_YEAR, 5L));
  }

  @Test
  void givenNewerVersionLoaded_loadedVersions_returnsTheNewerOne() throws Exception {
    Warehouse warehouse = newWarehouse();
    warehouse.load(List.of(titleSnapshot(1, titles("v1.parquet", row("s1", 2001)))));

    warehouse.load(List.of(titleSnapshot(2, titles("v2.parquet", row("s2", 2002)))));

    assertThat(warehouse.loadedVersions()).isEqualTo(Map.of(DIM_TITLE, 2L));
  }

  @Test
  void givenFailedLoad_loadedVersions_keepsTheVersionsOfBefore() throws Exception {
    Warehouse warehouse = newWarehouse();
    warehouse.load(List.of(titleSnapshot(1, titles("v1.parquet", row("s1", 2001)))));
    TableSnapshot broken =
        new TableSnapshot(
            BY_YEAR, 1, BY_YEAR_COLUMNS, List.of(missingFile("by-year-missing.parquet")));
    TableSnapshot newTitles = titleSnapshot(2, titles("v2.parquet", row("s2", 2002)));

    assertThatThrownBy(() -> warehouse.load(List.of(newTitles, broken)))
        .hasMessageContaining("gold.agg_titles_by_year");

    assertThat(warehouse.loadedVersions()).isEqualTo(Map.of(DIM_TITLE, 1L));
  }

  @Test
  void givenTableDroppedSinceItsLoad_loadedVersions_leavesItOut() throws Exception {
    Warehouse warehouse = newWarehouse();
    TableSnapshot byYear = new TableSnapshot(BY_YEAR, 4, BY_YEAR_COLUMNS, List.of());
    warehouse.load(List.of(titleSnapshot(3, titles("v3.parquet", row("s1", 2001))), byYear));

    dropByHand(warehouse, DIM_TITLE);

    assertThat(warehouse.loadedVersions()).isEqualTo(Map.of(BY_YEAR, 4L));
  }

  @Test
  void givenLoadedTable_selectAll_returnsTheColumnsAndTextValuesWithNulls() throws Exception {
    Warehouse warehouse = newWarehouse();
    warehouse.load(
        List.of(titleSnapshot(1, titles("v1.parquet", row("s1", 2001), row(null, 2002)))));

    QueryResult result = console(warehouse).query("SELECT * FROM " + DIM_TITLE);

    assertThat(result.columns()).containsExactly("show_id", "release_year");
    assertThat(result.rows())
        .containsExactlyInAnyOrder(List.of("s1", "2001"), Arrays.asList(null, "2002"));
  }

  @Test
  void givenLoadedTable_query_returnsLabelsAndTextValuesWithNulls() throws Exception {
    assumeTrue(runsAnySql(), "this warehouse's console answers only SELECT * FROM layer.table");
    Warehouse warehouse = newWarehouse();
    warehouse.load(
        List.of(titleSnapshot(1, titles("v1.parquet", row("s1", 2001), row(null, 2002)))));

    QueryResult result =
        console(warehouse)
            .query(
                "SELECT show_id AS id, release_year + 1 AS next_year FROM gold.dim_title"
                    + " ORDER BY release_year");

    assertThat(result.columns()).containsExactly("id", "next_year");
    assertThat(result.rows()).containsExactly(List.of("s1", "2002"), Arrays.asList(null, "2003"));
  }

  private List<List<String>> rows(Warehouse warehouse, TableName table) throws Exception {
    return console(warehouse).query("SELECT * FROM " + table).rows();
  }

  @SafeVarargs
  private URI titles(String name, List<Object>... rows) throws Exception {
    return writeParquet(name, TITLE_COLUMNS, List.of(rows));
  }

  private static List<Object> row(String showId, int releaseYear) {
    return Arrays.asList(showId, releaseYear);
  }

  private static List<Object> yearRow(int releaseYear, int titles) {
    return List.of(releaseYear, titles);
  }

  private static TableSnapshot titleSnapshot(long version, URI... files) {
    return new TableSnapshot(DIM_TITLE, version, TITLE_COLUMNS, List.of(files));
  }
}
