package io.medallion.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.testkit.fixture.TitleFiles;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryWarehouseTest {

  private final EngineFixture lake = new EngineFixture();
  private final InMemoryLakeTables tables = new InMemoryLakeTables(lake.engine);
  private final InMemoryWarehouse warehouse = new InMemoryWarehouse(lake.engine);

  @BeforeEach
  void publishTitles() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles()
            .movie("s1", "A: B", 90)
            .show("s2", "C", 2)
            .with("rating", null)
            .bytes());
    lake.load(Feed.TITLES);
    lake.refine(Feed.TITLES);
    lake.publish(GoldTable.DIM_TITLE);
  }

  @Test
  void givenLoadedSnapshot_query_returnsItsRowsAsText() {
    warehouse.load(List.of(tables.snapshot(GoldTable.DIM_TITLE.table())));

    QueryResult result = warehouse.query("select * from gold.dim_title;");

    assertThat(result.columns()).containsExactlyElementsOf(GoldTable.DIM_TITLE.columns());
    assertThat(result.rows())
        .containsExactly(
            Arrays.asList(
                "s1",
                "Movie",
                "A: B",
                "A",
                "2020-01-01",
                "2020",
                "PG",
                "90",
                null,
                "About A: B",
                "1"),
            Arrays.asList(
                "s2", "TV Show", "C", "C", "2020-01-01", "2020", null, null, "2", "About C", "2"));
  }

  @Test
  void givenSnapshotAlreadyLoaded_load_skipsIt() {
    TableSnapshot snapshot = tables.snapshot(GoldTable.DIM_TITLE.table());
    warehouse.load(List.of(snapshot));

    warehouse.load(List.of(snapshot));

    assertThat(warehouse.loads()).isEqualTo(1);
  }

  // A full refresh rebuilds a table to the same version number over other files.
  @Test
  void givenTheSameVersionOverOtherFiles_load_loadsItAgain() {
    TableSnapshot snapshot = tables.snapshot(GoldTable.DIM_TITLE.table());
    warehouse.load(List.of(snapshot));
    TableSnapshot rebuilt =
        new TableSnapshot(
            snapshot.table(),
            snapshot.version(),
            snapshot.columns(),
            List.of(java.net.URI.create("memory:/rebuilt")));

    warehouse.load(List.of(rebuilt));

    assertThat(warehouse.loads()).isEqualTo(2);
  }

  @Test
  void givenNewerVersion_load_replacesTheTable() {
    warehouse.load(List.of(tables.snapshot(GoldTable.DIM_TITLE.table())));
    lake.publish(GoldTable.DIM_TITLE);

    warehouse.load(List.of(tables.snapshot(GoldTable.DIM_TITLE.table())));

    assertThat(warehouse.loads()).isEqualTo(2);
    assertThat(warehouse.loadedVersion(GoldTable.DIM_TITLE.table())).hasValue(1);
  }

  @Test
  void givenOneSnapshotOfAMissingVersion_load_loadsNone() {
    TableSnapshot dim = tables.snapshot(GoldTable.DIM_TITLE.table());
    TableSnapshot missing =
        new TableSnapshot(GoldTable.AGG_TITLES_BY_YEAR.table(), 7, dim.columns(), List.of());

    assertThatThrownBy(() -> warehouse.load(List.of(dim, missing)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(warehouse.loads()).isZero();
    assertThat(warehouse.loadedVersion(GoldTable.DIM_TITLE.table())).isEmpty();
  }

  @Test
  void givenOtherSql_query_isUnsupported() {
    warehouse.load(List.of(tables.snapshot(GoldTable.DIM_TITLE.table())));

    assertThatThrownBy(() -> warehouse.query("SELECT count(*) FROM gold.dim_title"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("SELECT * FROM <layer>.<table>");
  }

  @Test
  void givenTableNotLoaded_query_isRefused() {
    assertThatThrownBy(() -> warehouse.query("SELECT * FROM gold.dim_title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gold.dim_title");
  }
}
