package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.application.run.RunReport.StageTiming;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.ExpectationFailedException;
import io.medallion.domain.quality.Rule;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.fixture.TitleFiles;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLakeTables;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemoryRunLog;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import io.medallion.testkit.memory.InMemoryWarehouse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PipelineServiceTest {

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final TickingClock clock = TickingClock.fromNewYear2026();
  private final InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, clock);
  private final InMemoryLakeTables tables = new InMemoryLakeTables(engine);
  private final InMemoryWarehouse warehouse = new InMemoryWarehouse(engine);
  private final InMemoryRunLog runLog = new InMemoryRunLog();
  private final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();

  @BeforeEach
  void dropTheTitlesFile() {
    lake.write(Catalogue.TITLES_PATH, Catalogue.titles().bytes());
  }

  @Test
  void givenDirtyCatalogue_run_takesItFromBronzeToGoldAndEveryTableReconciles() {
    Catalogue.serveLookups(fetcher);

    RunReport report = service(engine, MedallionPlan.netflix()).run(Catalogue.command());

    assertThat(report.succeeded()).isTrue();
    assertThat(report.ingested())
        .extracting(IngestedFile::landed)
        .containsExactly(true, true, true, true);
    assertThat(report.stages()).extracting(StageTiming::stage).containsExactly(Stage.values());
    assertThat(report.tables()).allMatch(LayerResult::reconciles);
    assertThat(report.tables())
        .extracting(r -> r.table().toString(), PipelineServiceTest::counts)
        .containsExactly(
            tuple("bronze.titles", List.of(9L, 9L, 0L, 0L)),
            tuple("bronze.cast", List.of(6L, 6L, 0L, 0L)),
            tuple("bronze.directors", List.of(2L, 2L, 0L, 0L)),
            tuple("bronze.countries", List.of(5L, 5L, 0L, 0L)),
            tuple("bronze.categories", List.of(5L, 5L, 0L, 0L)),
            tuple("bronze.catalogue", List.of(0L, 0L, 0L, 0L)),
            tuple("silver.titles", List.of(9L, 4L, 1L, 4L)),
            tuple("silver.cast", List.of(6L, 3L, 2L, 1L)),
            tuple("silver.directors", List.of(2L, 2L, 0L, 0L)),
            tuple("silver.countries", List.of(5L, 5L, 0L, 0L)),
            tuple("silver.categories", List.of(5L, 5L, 0L, 0L)),
            tuple("gold.dim_title", List.of(4L, 4L, 0L, 0L)),
            tuple("gold.bridge_title_cast", List.of(3L, 2L, 1L, 0L)),
            tuple("gold.bridge_title_director", List.of(2L, 1L, 1L, 0L)),
            tuple("gold.bridge_title_country", List.of(5L, 5L, 0L, 0L)),
            tuple("gold.bridge_title_category", List.of(5L, 5L, 0L, 0L)),
            tuple("gold.agg_titles_by_year", List.of(3L, 3L, 0L, 0L)),
            tuple("gold.agg_titles_by_country", List.of(3L, 3L, 0L, 0L)),
            tuple("gold.agg_titles_by_rating", List.of(4L, 4L, 0L, 0L)),
            tuple("gold.agg_titles_by_category", List.of(4L, 4L, 0L, 0L)));
    assertThat(engine.rows(TableName.of(Layer.SILVER, "titles").quarantine())).hasSize(4);
    assertThat(runLog.reports()).containsExactly(report);
  }

  @Test
  void givenDirtyCatalogue_run_servesTheRunsQualityBesideGold() {
    Catalogue.serveLookups(fetcher);

    RunReport report = service(engine, MedallionPlan.netflix()).run(Catalogue.command());

    List<List<String>> quality = warehouse.query("SELECT * FROM reporting.v_data_quality").rows();
    assertThat(quality).hasSize(report.tables().size());
    assertThat(quality).extracting(r -> r.get(8)).containsOnly(report.runId().value());
    assertThat(quality)
        .filteredOn(r -> r.get(0).equals("silver.titles"))
        .singleElement()
        .satisfies(r -> assertThat(r.subList(1, 6)).containsExactly("silver", "9", "4", "1", "4"));
    assertThat(warehouse.query("SELECT * FROM reporting.v_quarantine_reasons").rows())
        .filteredOn(r -> r.get(0).equals("silver.titles") && r.get(2).equals("QUARANTINE"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(Long.parseLong(r.get(3))).isPositive());
  }

  @Test
  void givenDirtyCatalogue_run_servesExactGoldRows() {
    Catalogue.serveLookups(fetcher);

    service(engine, MedallionPlan.netflix()).run(Catalogue.command());

    assertThat(new QueryService(warehouse).query("SELECT * FROM gold.dim_title").rows())
        .containsExactly(
            Arrays.asList(
                "s1",
                "Movie",
                "Dick Johnson Is Dead: Redux",
                "Dick Johnson Is Dead",
                "2021-09-25",
                "2020",
                "PG-13",
                "90",
                null,
                "About Dick Johnson Is Dead: Redux",
                "1"),
            Arrays.asList(
                "s2",
                "TV Show",
                "Blood & Water: Season One",
                "Blood & Water",
                "2021-09-24",
                "2020",
                "TV-MA",
                null,
                "2",
                "About Blood & Water: Season One",
                "2"),
            Arrays.asList(
                "s3",
                "Movie",
                "Ganglands",
                "Ganglands",
                null,
                "2020",
                "TV-Y7",
                "120",
                null,
                "About Ganglands",
                "1"),
            Arrays.asList(
                "s6",
                "Movie",
                "Sankofa",
                "Sankofa",
                null,
                "2020",
                null,
                "125",
                null,
                "A model, abroad,\nfinds her past",
                "1"));
    assertThat(gold(GoldTable.BRIDGE_TITLE_CAST))
        .containsExactly(List.of("s1", "Michael Hilow"), List.of("s2", "Ama Qamata"));
    assertThat(gold(GoldTable.BRIDGE_TITLE_DIRECTOR))
        .containsExactly(List.of("s1", "Kirsten Johnson"));
    // Two movies have no date: their kind's null group keeps them counted.
    assertThat(gold(GoldTable.AGG_TITLES_BY_YEAR))
        .containsExactly(
            Arrays.asList(null, "Movie", 2L),
            List.of(2021, "Movie", 1L),
            List.of(2021, "TV Show", 1L));
    assertThat(gold(GoldTable.AGG_TITLES_BY_RATING))
        .containsExactly(
            Arrays.asList(null, "Movie", 1L),
            List.of("PG-13", "Movie", 1L),
            List.of("TV-MA", "TV Show", 1L),
            List.of("TV-Y7", "Movie", 1L));
    assertThat(gold(GoldTable.AGG_TITLES_BY_COUNTRY))
        .containsExactly(
            List.of("Ghana", "Movie", 1L),
            List.of("South Africa", "TV Show", 1L),
            List.of("United States", "Movie", 3L));
    assertThat(gold(GoldTable.AGG_TITLES_BY_CATEGORY))
        .containsExactly(
            List.of("Documentaries", "Movie", 1L), List.of("Dramas", "Movie", 2L),
            List.of("Dramas", "TV Show", 1L), List.of("International TV Shows", "TV Show", 1L));
    assertThat(warehouse.loads()).isEqualTo(GoldTable.values().length);
  }

  @Test
  void givenNothingNew_runAgain_landsNoFileLoadsNoRowAndKeepsGold() {
    Catalogue.serveLookups(fetcher);
    PipelineService service = service(engine, MedallionPlan.netflix());
    service.run(Catalogue.command());
    Map<GoldTable, List<List<Object>>> goldBefore = allGold();

    RunReport second = service.run(Catalogue.command());

    assertThat(second.succeeded()).isTrue();
    assertThat(second.nothingNew()).isTrue();
    assertThat(second.ingested()).extracting(IngestedFile::landed).containsOnly(false);
    assertThat(second.tables()).isEmpty();
    assertThat(allGold()).isEqualTo(goldBefore);
    assertThat(lake.filesUnder("raw")).hasSize(4);
    assertThat(runLog.reports()).hasSize(2).allMatch(RunReport::succeeded);
  }

  @Test
  void givenCorrectedTitleInALaterFile_run_servesTheCorrection() {
    Catalogue.serveLookups(fetcher);
    PipelineService service = service(engine, MedallionPlan.netflix());
    service.run(Catalogue.command());
    lake.write(
        "landing/titles/netflix_titles-2026-02.csv",
        TitleFiles.titles().movie("s3", "Ganglands", 121).with("rating", "R").bytes());

    RunReport second = service.run(Catalogue.command());

    assertThat(second.tables())
        .filteredOn(r -> r.table().toString().equals("silver.titles"))
        .extracting(PipelineServiceTest::counts)
        .containsExactly(List.of(10L, 4L, 2L, 4L));
    assertThat(engine.rows(GoldTable.DIM_TITLE.table()))
        .filteredOn(r -> r.get("show_id").equals("s3"))
        .extracting(r -> r.get("rating"), r -> r.get("duration_minutes"))
        .containsExactly(tuple("R", 121));
  }

  @Test
  void givenMissingLookupSource_run_failsNamingItAndRecordsTheFailedRun() {
    Catalogue.lookups()
        .forEach(
            (feed, file) -> {
              if (feed != Feed.CATEGORIES) {
                fetcher.serve(Catalogue.address(feed), file.bytes());
              }
            });

    assertThatThrownBy(() -> service(engine, MedallionPlan.netflix()).run(Catalogue.command()))
        .isInstanceOf(SourceUnavailableException.class)
        .hasMessageContaining("netflix_category");
    assertThat(runLog.reports())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.succeeded()).isFalse();
              assertThat(r.failure())
                  .hasValueSatisfying(f -> assertThat(f).contains("netflix_category"));
              assertThat(r.ingested()).hasSize(3);
            });
    assertThat(tables.list()).isEmpty();
  }

  @Test
  void givenEngineMiscountingRows_run_failsWithReconciliationAndRecordsIt() {
    Catalogue.serveLookups(fetcher);
    LayerEngine miscounting = new MiscountingEngine(engine);

    assertThatThrownBy(() -> service(miscounting, MedallionPlan.netflix()).run(Catalogue.command()))
        .isInstanceOf(ReconciliationException.class)
        .hasMessageContaining("silver.titles does not reconcile");
    assertThat(runLog.reports())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.failure())
                  .hasValueSatisfying(f -> assertThat(f).contains("silver.titles"));
              assertThat(r.tables()).extracting(t -> t.table().layer()).containsOnly(Layer.BRONZE);
            });
    assertThat(engine.exists(GoldTable.DIM_TITLE.table())).isFalse();
    assertThat(warehouse.loads()).isZero();
  }

  @Test
  void givenFailExpectationViolated_run_stopsBeforeWritingTheTable() {
    Catalogue.serveLookups(fetcher);
    MedallionPlan noPodcasts =
        withTitleExpectation(
            Expectation.fail("no_podcasts", Rule.not(Rule.inSet("type", "Podcast"))));

    assertThatThrownBy(() -> service(engine, noPodcasts).run(Catalogue.command()))
        .isInstanceOfSatisfying(
            ExpectationFailedException.class,
            e -> assertThat(e.sampleKeys()).containsExactly("s5"));
    assertThat(runLog.reports())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.failure())
                    .hasValueSatisfying(f -> assertThat(f).contains("no_podcasts")));
    assertThat(engine.exists(TableName.of(Layer.SILVER, "titles"))).isFalse();
    assertThat(engine.exists(GoldTable.DIM_TITLE.table())).isFalse();
  }

  private PipelineService service(LayerEngine layerEngine, MedallionPlan plan) {
    return new InMemoryPipeline(lake, engine, clock, fetcher)
        .engine(layerEngine)
        .tables(tables)
        .warehouse(warehouse)
        .runLog(runLog)
        .plan(plan)
        .build();
  }

  private static List<Long> counts(LayerResult r) {
    return List.of(r.rowsIn(), r.rowsOut(), r.dropped(), r.quarantined());
  }

  private List<List<Object>> gold(GoldTable table) {
    List<List<Object>> rows = new ArrayList<>();
    for (Map<String, Object> row : engine.rows(table.table())) {
      rows.add(table.columns().stream().map(row::get).toList());
    }
    return rows;
  }

  private Map<GoldTable, List<List<Object>>> allGold() {
    Map<GoldTable, List<List<Object>>> all = new LinkedHashMap<>();
    for (GoldTable table : GoldTable.values()) {
      all.put(table, gold(table));
    }
    return all;
  }

  private static MedallionPlan withTitleExpectation(Expectation extra) {
    MedallionPlan netflix = MedallionPlan.netflix();
    List<SilverSpec> silver =
        netflix.silver().stream()
            .map(s -> s.feed() == Feed.TITLES ? withExpectation(s, extra) : s)
            .toList();
    return new MedallionPlan(netflix.bronze(), silver, netflix.gold());
  }

  private static SilverSpec withExpectation(SilverSpec spec, Expectation extra) {
    List<Expectation> expectations = new ArrayList<>(spec.expectations());
    expectations.add(extra);
    return new SilverSpec(
        spec.feed(),
        spec.source(),
        spec.target(),
        spec.key(),
        expectations,
        spec.quarantineLimit(),
        spec.conformed());
  }

  /** Claims one row more than silver titles really kept. */
  private static final class MiscountingEngine implements LayerEngine {
    private final LayerEngine real;

    MiscountingEngine(LayerEngine real) {
      this.real = real;
    }

    @Override
    public LayerResult load(BronzeSpec spec, RunId run) {
      return real.load(spec, run);
    }

    @Override
    public LayerResult refine(SilverSpec spec, RunId run) {
      LayerResult r = real.refine(spec, run);
      if (spec.feed() != Feed.TITLES) {
        return r;
      }
      return new LayerResult(
          r.table(),
          r.rowsIn(),
          r.rowsOut() + 1,
          r.dropped(),
          r.quarantined(),
          r.expectations(),
          r.version(),
          r.aggregate());
    }

    @Override
    public LayerResult publish(GoldSpec spec, RunId run) {
      return real.publish(spec, run);
    }
  }
}
