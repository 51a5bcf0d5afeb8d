package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.LakeTables;
import io.medallion.application.port.out.TableInfo;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.fixture.TitleFiles;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLakeTables;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablesServiceTest {

  private static final RunId RUN = new RunId("20260101-000000-0abc");

  @Test
  void givenNewLake_listTables_isEmpty() {
    InMemoryLayerEngine engine =
        new InMemoryLayerEngine(new InMemoryLakeStorage(), TickingClock.fromNewYear2026());

    assertThat(new TablesService(new InMemoryLakeTables(engine)).listTables()).isEmpty();
  }

  @Test
  void givenLoadedAndRefinedTables_listTables_givesTheirRowsAndVersions() {
    InMemoryLakeStorage lake = new InMemoryLakeStorage();
    InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, TickingClock.fromNewYear2026());
    lake.write(
        "landing/titles/netflix_titles-1.csv",
        TitleFiles.titles().movie("s1", "A", 90).movie("s1", "A again", 91).bytes());
    engine.load(BronzeSpec.of(Feed.TITLES), RUN);
    engine.refine(NetflixMedallion.silver().get(0), RUN);

    List<TableInfo> listed = new TablesService(new InMemoryLakeTables(engine)).listTables();

    assertThat(listed)
        .containsExactly(
            new TableInfo(TableName.of(Layer.BRONZE, "titles"), 2, 0),
            new TableInfo(TableName.of(Layer.SILVER, "titles"), 1, 0),
            new TableInfo(TableName.of(Layer.SILVER, "titles_history"), 1, 0),
            new TableInfo(TableName.of(Layer.SILVER, "titles_quarantine"), 0, 0));
  }

  @Test
  void givenTablesListedInAnyOrder_listTables_ordersThemByLayerThenName() {
    TableInfo goldDim = new TableInfo(TableName.of(Layer.GOLD, "dim_title"), 1, 0);
    TableInfo bronzeTitles = new TableInfo(TableName.of(Layer.BRONZE, "titles"), 1, 0);
    TableInfo bronzeCast = new TableInfo(TableName.of(Layer.BRONZE, "cast"), 1, 0);
    LakeTables unordered =
        new LakeTables() {
          @Override
          public List<TableInfo> list() {
            return List.of(goldDim, bronzeTitles, bronzeCast);
          }

          @Override
          public TableSnapshot snapshot(TableName table) {
            throw new UnsupportedOperationException("listing only");
          }
        };

    assertThat(new TablesService(unordered).listTables())
        .containsExactly(bronzeCast, bronzeTitles, goldDim);
  }
}
