package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.application.run.RunReport.StageTiming;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.table.Layer;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemoryRunLog;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import io.medallion.testkit.memory.InMemoryWarehouse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A run split into one run per stage, as a job's tasks do, ends where one whole run ends. */
class PipelineServiceStagesTest {

  @Test
  void givenOneRunPerStage_inOrder_reachesTheGoldOfOneWholeRun() {
    Lake whole = new Lake();
    Lake staged = new Lake();
    whole.service().run(Catalogue.command());

    PipelineService service = staged.service();
    for (Stage stage : Stage.values()) {
      RunReport report = service.run(Catalogue.command().onlyStages(Set.of(stage)));

      assertThat(report.succeeded()).isTrue();
      assertThat(report.stages()).extracting(StageTiming::stage).containsExactly(stage);
      assertThat(report.tables())
          .allSatisfy(t -> assertThat(t.table().layer().name()).isEqualTo(stage.name()));
    }

    assertThat(staged.gold()).isEqualTo(whole.gold()).isNotEmpty();
    assertThat(staged.served()).isEqualTo(whole.served());
    assertThat(staged.runLog.reports()).hasSize(Stage.values().length);
  }

  @Test
  void givenTheStagesBeforeServe_run_writesGoldButLoadsNothingIntoTheWarehouse() {
    Lake lake = new Lake();

    RunReport report =
        lake.service()
            .run(
                Catalogue.command()
                    .onlyStages(Set.of(Stage.INGEST, Stage.BRONZE, Stage.SILVER, Stage.GOLD)));

    assertThat(report.stages())
        .extracting(StageTiming::stage)
        .containsExactly(Stage.INGEST, Stage.BRONZE, Stage.SILVER, Stage.GOLD);
    assertThat(lake.engine.exists(GoldTable.DIM_TITLE.table())).isTrue();
    assertThat(lake.warehouse.loads()).isZero();
    assertThat(lake.warehouse.query("SELECT * FROM reporting.v_data_quality").rows()).isEmpty();
  }

  @Test
  void givenIngestOnly_run_landsTheLookupsAndBuildsNoTable() {
    Lake lake = new Lake();

    RunReport report = lake.service().run(Catalogue.command().onlyStages(Set.of(Stage.INGEST)));

    assertThat(report.ingested()).hasSize(4);
    assertThat(report.tables()).isEmpty();
    assertThat(lake.storage.filesUnder("raw")).hasSize(4);
    assertThat(lake.engine.exists(GoldTable.DIM_TITLE.table())).isFalse();
    assertThat(lake.runLog.reports()).containsExactly(report);
  }

  @Test
  void givenAFullRefreshWithIngest_laterStageRuns_rebuildEveryLayer() {
    Lake lake = new Lake();
    PipelineService service = lake.service();
    service.run(Catalogue.command());
    Map<GoldTable, List<Map<String, Object>>> before = lake.gold();

    RunPipelineCommand refresh = Catalogue.command().refreshingFully();
    service.run(refresh.onlyStages(Set.of(Stage.INGEST)));
    assertThat(lake.engine.exists(GoldTable.DIM_TITLE.table())).isFalse();
    RunReport bronze = service.run(Catalogue.command().onlyStages(Set.of(Stage.BRONZE)));
    service.run(Catalogue.command().onlyStages(Set.of(Stage.SILVER, Stage.GOLD)));

    assertThat(bronze.tables())
        .filteredOn(t -> t.table().layer() == Layer.BRONZE)
        .extracting(t -> t.table().name())
        .contains("titles", "cast");
    assertThat(lake.gold()).isEqualTo(before);
  }

  /** One in-memory lake with its own engine, warehouse and run log. */
  private static final class Lake {
    final InMemoryLakeStorage storage = new InMemoryLakeStorage();
    final TickingClock clock = TickingClock.fromNewYear2026();
    final InMemoryLayerEngine engine = new InMemoryLayerEngine(storage, clock);
    final InMemoryWarehouse warehouse = new InMemoryWarehouse(engine);
    final InMemoryRunLog runLog = new InMemoryRunLog();
    final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();

    Lake() {
      storage.write(Catalogue.TITLES_PATH, Catalogue.titles().bytes());
      Catalogue.serveLookups(fetcher);
    }

    PipelineService service() {
      return new InMemoryPipeline(storage, engine, clock, fetcher)
          .warehouse(warehouse)
          .runLog(runLog)
          .build();
    }

    Map<GoldTable, List<Map<String, Object>>> gold() {
      Map<GoldTable, List<Map<String, Object>>> all = new LinkedHashMap<>();
      for (GoldTable table : GoldTable.values()) {
        all.put(table, engine.rows(table.table()));
      }
      return all;
    }

    Map<GoldTable, List<List<String>>> served() {
      Map<GoldTable, List<List<String>>> all = new LinkedHashMap<>();
      for (GoldTable table : GoldTable.values()) {
        all.put(table, warehouse.query("SELECT * FROM " + table.table()).rows());
      }
      return all;
    }
  }
}
