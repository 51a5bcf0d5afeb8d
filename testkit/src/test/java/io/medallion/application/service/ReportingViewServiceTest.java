package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.medallion.application.port.out.ReportingView;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.testkit.fixture.LookupFiles;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.fixture.TitleFiles;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLakeTables;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemoryWarehouse;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingViewServiceTest {

  private static final RunId RUN = new RunId("20260101-000000-0abc");

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final InMemoryLayerEngine engine =
      new InMemoryLayerEngine(lake, TickingClock.fromNewYear2026());
  private final InMemoryWarehouse warehouse = new InMemoryWarehouse(engine);
  private final ReportingViewService service = new ReportingViewService(warehouse);

  @Test
  void givenGoldOfThreeTitlesServed_readTitles_ranksTheMoviesLongestFirst() {
    lake.write(
        "landing/titles/netflix_titles-1.csv",
        TitleFiles.titles().movie("s1", "A", 90).movie("s2", "B", 120).show("s3", "C", 1).bytes());
    lake.write(
        LakeLayout.sourceFolder(Feed.COUNTRIES) + "/netflix_countries-1.csv",
        LookupFiles.of(Feed.COUNTRIES).pair("US", "s1").pair("India", "s1").bytes());
    for (Feed lookup : Feed.lookups()) {
      if (lookup != Feed.COUNTRIES) {
        lake.write(
            LakeLayout.sourceFolder(lookup) + "/" + lookup.fileStem() + "-1.csv",
            LookupFiles.of(lookup).bytes());
      }
    }
    engine.load(BronzeSpec.of(Feed.TITLES), RUN);
    Feed.lookups().forEach(f -> engine.load(BronzeSpec.of(f), RUN));
    NetflixMedallion.silver().forEach(s -> engine.refine(s, RUN));
    NetflixMedallion.gold().forEach(s -> engine.publish(s, RUN));
    InMemoryLakeTables tables = new InMemoryLakeTables(engine);
    warehouse.load(
        List.of(GoldTable.values()).stream().map(g -> tables.snapshot(g.table())).toList());

    var titles = service.read(ReportingView.V_TITLES).rows();

    assertThat(titles)
        .extracting(r -> r.get(0), r -> r.get(2), r -> r.get(8), r -> r.get(10))
        .containsExactly(
            tuple("s1", "Movie", "India, US", 2L),
            tuple("s2", "Movie", null, 1L),
            tuple("s3", "TV Show", null, null));
  }

  @Test
  void givenNothingServed_readTitles_failsNamingTheViewAndTheMissingTable() {
    assertThatThrownBy(() -> service.read(ReportingView.V_TITLES))
        .hasMessageContaining("v_titles")
        .hasMessageContaining("gold.dim_title");
  }

  @Test
  void givenNoView_read_fails() {
    assertThatThrownBy(() -> service.read(null)).isInstanceOf(NullPointerException.class);
  }
}
