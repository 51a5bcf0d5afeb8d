package io.medallion.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.TableInfo;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.fixture.LookupFiles;
import io.medallion.testkit.fixture.TitleFiles;
import java.net.URI;
import org.junit.jupiter.api.Test;

class InMemoryLakeTablesTest {

  private final EngineFixture lake = new EngineFixture();
  private final InMemoryLakeTables tables = new InMemoryLakeTables(lake.engine);

  @Test
  void givenNewLake_list_isEmpty() {
    assertThat(tables.list()).isEmpty();
  }

  @Test
  void givenTables_list_givesRowsAndVersionsByLayerAndName() {
    lake.land(
        Feed.TITLES, "netflix_titles-1.csv", TitleFiles.titles().movie("s1", "A", 90).bytes());
    lake.load(Feed.TITLES);
    lake.refine(Feed.TITLES);
    lake.refine(Feed.TITLES);
    lake.load(Feed.CAST);

    assertThat(tables.list())
        .containsExactly(
            new TableInfo(TableName.of(Layer.BRONZE, "cast"), 0, 0),
            new TableInfo(TableName.of(Layer.BRONZE, "titles"), 1, 0),
            new TableInfo(TableName.of(Layer.SILVER, "titles"), 1, 1),
            new TableInfo(TableName.of(Layer.SILVER, "titles_history"), 1, 1),
            new TableInfo(TableName.of(Layer.SILVER, "titles_quarantine"), 0, 1));
  }

  @Test
  void givenGoldTable_snapshot_typesColumnsFromValuesAndNamesItsVersion() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles().show("s1", "A", 2).movie("s2", "B", 90).bytes());
    lake.load(Feed.TITLES);
    lake.refine(Feed.TITLES);
    lake.publish(GoldTable.DIM_TITLE);
    lake.publish(GoldTable.DIM_TITLE);
    lake.publish(GoldTable.AGG_TITLES_BY_YEAR);

    TableSnapshot dim = tables.snapshot(GoldTable.DIM_TITLE.table());
    TableSnapshot byYear = tables.snapshot(GoldTable.AGG_TITLES_BY_YEAR.table());

    assertThat(dim.version()).isEqualTo(1);
    assertThat(dim.files()).containsExactly(URI.create("memory:/gold/dim_title/v1"));
    assertThat(dim.columns())
        .contains(
            new Column("show_id", ColumnType.STRING),
            new Column("date_added", ColumnType.DATE),
            new Column("duration_minutes", ColumnType.INT),
            new Column("type_flag", ColumnType.INT));
    assertThat(byYear.columns())
        .containsExactly(
            new Column("year_added", ColumnType.INT),
            new Column("kind", ColumnType.STRING),
            new Column("titles", ColumnType.LONG));
  }

  @Test
  void givenBronzeTable_snapshot_typesTheIngestionTime() {
    lake.land(Feed.CAST, "netflix_cast-1.csv", LookupFiles.of(Feed.CAST).pair("Ada", "s1").bytes());
    lake.load(Feed.CAST);

    assertThat(tables.snapshot(TableName.of(Layer.BRONZE, "cast")).columns())
        .contains(
            new Column("_ingested_at", ColumnType.TIMESTAMP),
            new Column("_record_index", ColumnType.LONG),
            new Column("_corrupt_record", ColumnType.STRING));
  }

  @Test
  void givenEmptyTable_snapshot_givesEveryKnownColumnAsText() {
    lake.load(Feed.TITLES);
    lake.refine(Feed.TITLES);
    lake.publish(GoldTable.DIM_TITLE);

    assertThat(tables.snapshot(GoldTable.DIM_TITLE.table()).columns())
        .extracting(Column::name)
        .containsExactlyElementsOf(GoldTable.DIM_TITLE.columns());
    assertThat(tables.snapshot(GoldTable.DIM_TITLE.table()).columns())
        .extracting(Column::type)
        .containsOnly(ColumnType.STRING);
  }

  @Test
  void givenUnknownTable_snapshot_isRefused() {
    assertThatThrownBy(() -> tables.snapshot(GoldTable.DIM_TITLE.table()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gold.dim_title");
  }
}
