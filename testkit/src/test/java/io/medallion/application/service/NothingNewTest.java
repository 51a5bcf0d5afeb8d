package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.RunProgress;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.PastRun;
import io.medallion.application.run.PastRun.Status;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemoryRunLog;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import io.medallion.testkit.memory.InMemoryWarehouse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run that finds the sources, the lake and the warehouse as the last caught-up run left them does
 * nothing, starts no engine, and is recorded as such; any change anywhere makes a full run.
 */
class NothingNewTest {

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final TickingClock clock = TickingClock.fromNewYear2026();
  private final InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, clock);
  private final InMemoryRunLog runLog = new InMemoryRunLog();
  private final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();
  private final CountingEngine counting = new CountingEngine(engine);
  private final List<String> heard = new ArrayList<>();
  private InMemoryWarehouse warehouse = new InMemoryWarehouse(engine);

  @BeforeEach
  void runOnceToCatchUp() {
    lake.write(Catalogue.TITLES_PATH, Catalogue.titles().bytes());
    Catalogue.serveLookups(fetcher);
    assertThat(service().run(Catalogue.command()).nothingNew()).isFalse();
    counting.calls.set(0);
  }

  @Test
  void givenNothingChanged_run_callsNoEngineAndIsRecordedAsNothingNew() {
    long goldVersion = engine.version(TableName.of(Layer.GOLD, "dim_title"));

    RunReport report = service().run(Catalogue.command());

    assertThat(report.nothingNew()).isTrue();
    assertThat(report.succeeded()).isTrue();
    assertThat(report.tables()).isEmpty();
    assertThat(report.stages()).extracting(t -> t.stage()).containsExactly(Stage.INGEST);
    assertThat(counting.calls).hasValue(0);
    assertThat(engine.version(TableName.of(Layer.GOLD, "dim_title"))).isEqualTo(goldVersion);
    assertThat(heard).containsExactly("nothing new");
    assertThat(runLog.history(1)).extracting(PastRun::status).containsExactly(Status.NOTHING_NEW);
  }

  @Test
  void givenNothingChangedTwice_everyRunIsNothingNew() {
    service().run(Catalogue.command());

    assertThat(service().run(Catalogue.command()).nothingNew()).isTrue();
    assertThat(runLog.history(3))
        .extracting(PastRun::status)
        .containsExactly(Status.NOTHING_NEW, Status.NOTHING_NEW, Status.SUCCEEDED);
  }

  @Test
  void givenANewTitlesFileLanded_run_runsEveryStage() {
    lake.write("landing/titles/netflix_titles-2026-02.csv", Catalogue.titles().bytes());

    RunReport report = service().run(Catalogue.command());

    assertThat(report.nothingNew()).isFalse();
    assertThat(report.stages()).extracting(t -> t.stage()).containsExactly(Stage.values());
    assertThat(counting.calls.get()).isPositive();
    assertThat(heard).singleElement().asString().contains("netflix_titles-2026-02.csv", "is new");
    assertThat(service().run(Catalogue.command()).nothingNew()).isTrue();
  }

  @Test
  void givenALookupChangedAtItsSource_run_landsItAndRunsEveryStage() {
    fetcher.serve(
        Catalogue.address(Feed.CAST),
        "show_id,cast\ns1,Someone New\n".getBytes(StandardCharsets.UTF_8));

    RunReport report = service().run(Catalogue.command());

    assertThat(report.nothingNew()).isFalse();
    assertThat(report.ingested()).filteredOn(RunReport.IngestedFile::landed).hasSize(1);
    assertThat(counting.calls.get()).isPositive();
  }

  @Test
  void givenATableChangedSinceTheLastRun_run_isNotNothingNew() {
    engine.drop(TableName.of(Layer.GOLD, "agg_titles_by_year"));

    RunReport report = service().run(Catalogue.command());

    assertThat(report.nothingNew()).isFalse();
    assertThat(heard).singleElement().asString().contains("gold.agg_titles_by_year", "is gone");
    assertThat(engine.exists(TableName.of(Layer.GOLD, "agg_titles_by_year"))).isTrue();
  }

  @Test
  void givenAWarehouseThatHoldsNothing_run_servesGoldAgain() {
    warehouse = new InMemoryWarehouse(engine);

    RunReport report = service().run(Catalogue.command());

    assertThat(report.nothingNew()).isFalse();
    assertThat(warehouse.loadedVersions()).containsKey(TableName.of(Layer.GOLD, "dim_title"));
  }

  @Test
  void givenARunOfSomeStagesLeftWork_run_isNotNothingNew() {
    lake.write("landing/titles/netflix_titles-2026-02.csv", Catalogue.titles().bytes());
    service().run(Catalogue.command().onlyStages(EnumSet.of(Stage.INGEST, Stage.BRONZE)));

    RunReport report = service().run(Catalogue.command());

    assertThat(report.nothingNew()).isFalse();
    assertThat(report.tables())
        .extracting(LayerResult::table)
        .contains(TableName.of(Layer.GOLD, "dim_title"));
  }

  @Test
  void givenAFullRefresh_theRunRebuildsEverything_andTheNextFindsNothingNew() {
    RunReport refreshed = service().run(Catalogue.command().refreshingFully());

    assertThat(refreshed.nothingNew()).isFalse();
    assertThat(refreshed.tables())
        .extracting(LayerResult::table)
        .contains(TableName.of(Layer.GOLD, "dim_title"));
    assertThat(service().run(Catalogue.command()).nothingNew()).isTrue();
  }

  @Test
  void givenARunThatFailedInGold_rerun_isNotNothingNew() {
    lake.write("landing/titles/netflix_titles-2026-02.csv", Catalogue.titles().bytes());
    AtomicBoolean failGold = new AtomicBoolean(true);
    LayerEngine failing =
        new CountingEngine(engine) {
          @Override
          public LayerResult publish(GoldSpec spec, RunId run) {
            if (failGold.get()) {
              throw new IllegalStateException("gold broke");
            }
            return super.publish(spec, run);
          }
        };
    assertThatThrownBy(() -> service(failing).run(Catalogue.command())).hasMessage("gold broke");
    failGold.set(false);

    RunReport report = service(failing).run(Catalogue.command());

    assertThat(report.nothingNew()).isFalse();
    assertThat(report.succeeded()).isTrue();
    assertThat(runLog.history(3))
        .extracting(PastRun::status)
        .containsExactly(Status.SUCCEEDED, Status.FAILED, Status.SUCCEEDED);
  }

  private PipelineService service() {
    return service(counting);
  }

  private PipelineService service(LayerEngine layerEngine) {
    return new InMemoryPipeline(lake, engine, clock, fetcher)
        .engine(layerEngine)
        .warehouse(warehouse)
        .runLog(runLog)
        .progress(
            new RunProgress() {
              @Override
              public void nothingNew() {
                heard.add("nothing new");
              }

              @Override
              public void somethingNew(String what) {
                heard.add(what);
              }
            })
        .build();
  }

  /** The in-memory engine, counting the calls that would start a real one. */
  private static class CountingEngine implements LayerEngine {
    final AtomicInteger calls = new AtomicInteger();
    private final LayerEngine engine;

    CountingEngine(LayerEngine engine) {
      this.engine = engine;
    }

    @Override
    public LayerResult load(BronzeSpec spec, RunId run) {
      calls.incrementAndGet();
      return engine.load(spec, run);
    }

    @Override
    public LayerResult refine(SilverSpec spec, RunId run) {
      calls.incrementAndGet();
      return engine.refine(spec, run);
    }

    @Override
    public LayerResult publish(GoldSpec spec, RunId run) {
      calls.incrementAndGet();
      return engine.publish(spec, run);
    }
  }
}
