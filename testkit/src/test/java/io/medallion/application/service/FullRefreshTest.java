package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.RunProgress;
import io.medallion.application.run.RunReport;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.fixture.TitleFiles;
import io.medallion.testkit.memory.InMemoryLakeReset;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemoryRunLog;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A full refresh rebuilds every layer from the raw zone, unless a table is marked to keep. */
class FullRefreshTest {

  private static final TableName SILVER_TITLES = TableName.of(Layer.SILVER, "titles");

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final TickingClock clock = TickingClock.fromNewYear2026();
  private final InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, clock);
  private final InMemoryLakeReset reset = new InMemoryLakeReset(engine);
  private final InMemoryRunLog runLog = new InMemoryRunLog();
  private final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();
  private final List<List<TableName>> resets = new ArrayList<>();
  private final PipelineService service =
      new InMemoryPipeline(lake, engine, clock, fetcher)
          .reset(reset)
          .runLog(runLog)
          .progress(
              new RunProgress() {
                @Override
                public void tablesReset(List<TableName> tables) {
                  resets.add(tables);
                }
              })
          .build();

  @BeforeEach
  void runTwiceIncrementally() {
    lake.write(Catalogue.TITLES_PATH, Catalogue.titles().bytes());
    Catalogue.serveLookups(fetcher);
    service.run(Catalogue.command());
    lake.write(
        "landing/titles/netflix_titles-2026-02.csv",
        TitleFiles.titles().movie("s3", "Ganglands", 121).with("rating", "R").bytes());
    service.run(Catalogue.command());
  }

  @Test
  void givenTwoIncrementalRuns_fullRefresh_rebuildsTheSameGoldFromVersionZero() {
    Map<GoldTable, List<Map<String, Object>>> incremental = gold();
    long silverVersionBefore = engine.version(SILVER_TITLES);

    RunReport refreshed = service.run(Catalogue.command().refreshingFully());

    assertThat(refreshed.succeeded()).isTrue();
    assertThat(gold()).isEqualTo(incremental);
    assertThat(silverVersionBefore).isPositive();
    assertThat(engine.version(SILVER_TITLES)).as("rebuilt, not appended to").isZero();
    assertThat(refreshed.tables())
        .filteredOn(r -> r.table().equals(TableName.of(Layer.BRONZE, "titles")))
        .singleElement()
        .satisfies(r -> assertThat(r.rowsIn()).as("every landed file again").isEqualTo(10));
    assertThat(lake.filesUnder("raw")).as("the raw zone is kept").hasSize(4);
  }

  @Test
  void givenFullRefresh_reset_goesDownstreamFirstAndKeepsTheRunLog() {
    service.run(Catalogue.command().refreshingFully());

    List<TableName> order = resets.get(0);
    assertThat(order).extracting(TableName::layer).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(order).extracting(TableName::layer).doesNotContain(Layer.META);
    assertThat(order).contains(SILVER_TITLES.quarantine(), GoldTable.DIM_TITLE.table());
    assertThat(runLog.reports()).hasSize(3);
  }

  @Test
  void givenATableMarkedToKeep_fullRefresh_refusesNamingItAndResetsNothing() {
    new ProtectionService(reset).protect(SILVER_TITLES, true);
    long before = engine.version(SILVER_TITLES);

    assertThatThrownBy(() -> service.run(Catalogue.command().refreshingFully()))
        .isInstanceOf(FullRefreshRefusedException.class)
        .hasMessageContaining("silver.titles")
        .hasMessageContaining("pipelines.reset.allowed");
    assertThat(engine.version(SILVER_TITLES)).isEqualTo(before);
    assertThat(engine.exists(GoldTable.DIM_TITLE.table())).isTrue();
    assertThat(runLog.reports().get(2).failure())
        .hasValueSatisfying(f -> assertThat(f).contains("silver.titles"));
  }

  @Test
  void givenTheMarkLifted_fullRefresh_runs() {
    ProtectionService protection = new ProtectionService(reset);
    protection.protect(SILVER_TITLES, true);
    protection.protect(SILVER_TITLES, false);

    assertThat(service.run(Catalogue.command().refreshingFully()).succeeded()).isTrue();
  }

  @Test
  void givenAMetaOrMissingTable_protect_isRefused() {
    ProtectionService protection = new ProtectionService(reset);

    assertThatThrownBy(() -> protection.protect(TableName.of(Layer.META, "events"), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never resets");
    assertThatThrownBy(() -> protection.protect(TableName.of(Layer.GOLD, "nope"), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no table gold.nope");
  }

  private Map<GoldTable, List<Map<String, Object>>> gold() {
    Map<GoldTable, List<Map<String, Object>>> gold = new EnumMap<>(GoldTable.class);
    for (GoldTable table : GoldTable.values()) {
      gold.put(table, engine.rows(table.table()));
    }
    return gold;
  }
}
