package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.in.SetupCheck;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.run.LookupSource;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldRecipe;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.Rule;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import io.medallion.testkit.memory.InMemoryWarehouse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateServiceTest {

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();
  private final InMemoryWarehouse warehouse =
      new InMemoryWarehouse(new InMemoryLayerEngine(lake, TickingClock.fromNewYear2026()));

  @Test
  void givenAllWell_validate_findsNoProblemAndChecksEverything() {
    Catalogue.serveLookups(fetcher);

    List<SetupCheck> checks = service(MedallionPlan.netflix()).validate(Catalogue.command());

    assertThat(checks).allMatch(SetupCheck::passed);
    assertThat(checks)
        .extracting(SetupCheck::subject)
        .hasSize(7)
        .contains(
            "source netflix_cast at https://lookups.example.test/netflix/netflix_cast.csv",
            "the lake",
            "the warehouse")
        .first()
        .asString()
        .startsWith("the plan: 6 bronze, 5 silver and 9 gold tables");
    assertThat(lake.listRecursive("raw")).isEmpty();
    assertThat(fetcher.fetches()).isZero();
  }

  @Test
  void givenASourceDownTheLakeAndTheWarehouseRefusing_validate_saysOneLineEach() {
    Catalogue.serveLookups(fetcher);
    URI down = URI.create("http://127.0.0.1:1/netflix_directors.csv?sig=secret");
    List<LookupSource> sources = new ArrayList<>(Catalogue.command().lookups());
    sources.set(1, new LookupSource(Feed.DIRECTORS, down));
    lake.reporting("lake /data/lake: /data is not writable");
    warehouse.reporting("warehouse /data/w.duckdb: held by another process");

    List<String> problems =
        problems(service(MedallionPlan.netflix()).validate(new RunPipelineCommand(sources)));

    assertThat(problems)
        .containsExactly(
            "source netflix_directors: not available at http://127.0.0.1:1/netflix_directors.csv?...",
            "lake /data/lake: /data is not writable",
            "warehouse /data/w.duckdb: held by another process");
  }

  @Test
  void givenNoLookupsToFetch_validate_checksThePlanTheLakeAndTheWarehouseOnly() {
    List<SetupCheck> checks =
        service(MedallionPlan.netflix()).validate(new RunPipelineCommand(List.of()));

    assertThat(checks).hasSize(3).allMatch(SetupCheck::passed);
  }

  @Test
  void givenAProbeThatThrows_validate_reportsItAndGoesOn() {
    Catalogue.serveLookups(fetcher);
    LakeStorage broken = new BrokenLake();

    List<SetupCheck> checks =
        new ValidateService(fetcher, broken, warehouse, MedallionPlan.netflix())
            .validate(Catalogue.command());

    assertThat(problems(checks)).containsExactly("the lake: no route to the lake");
    assertThat(checks).last().matches(c -> c.subject().equals("the warehouse") && c.passed());
  }

  @Test
  void givenAPlanReadingAMissingTableAndAMissingColumn_validate_namesBoth() {
    List<GoldSpec> gold = new ArrayList<>(NetflixMedallion.gold());
    gold.removeIf(g -> g.table() == GoldTable.BRIDGE_TITLE_COUNTRY);
    gold.set(
        0,
        new GoldSpec(
            GoldTable.DIM_TITLE,
            NetflixMedallion.recipe(GoldTable.DIM_TITLE),
            List.of(Expectation.fail("title_known", Rule.notBlank("titel")))));
    MedallionPlan broken =
        new MedallionPlan(NetflixMedallion.bronze(), NetflixMedallion.silver(), gold);

    List<String> problems = problems(service(broken).validate(new RunPipelineCommand(List.of())));

    assertThat(problems)
        .containsExactly(
            "plan: expectation title_known of gold.dim_title reads column titel, which"
                + " gold.dim_title does not have",
            "plan: gold.agg_titles_by_country reads gold.bridge_title_country, which no other"
                + " spec of the plan writes");
  }

  @Test
  void givenAGoldRecipeOverAMissingSilverTable_validate_namesIt() {
    List<GoldSpec> gold = new ArrayList<>(NetflixMedallion.gold());
    gold.add(
        new GoldSpec(
            GoldTable.DIM_TITLE,
            new GoldRecipe.SilverRows(Feed.CATALOGUE, List.of("show_id")),
            List.of()));
    MedallionPlan broken =
        new MedallionPlan(NetflixMedallion.bronze(), NetflixMedallion.silver(), gold);

    assertThat(problems(service(broken).validate(new RunPipelineCommand(List.of()))))
        .containsExactly(
            "plan: gold.dim_title reads silver.catalogue, which no other spec of the plan writes");
  }

  private ValidateService service(MedallionPlan plan) {
    return new ValidateService(fetcher, lake, warehouse, plan);
  }

  private static List<String> problems(List<SetupCheck> checks) {
    return checks.stream().flatMap(c -> c.problems().stream()).toList();
  }

  /** A lake whose probe fails outright, as one that cannot even be asked would. */
  private static final class BrokenLake implements LakeStorage {
    private final InMemoryLakeStorage files = new InMemoryLakeStorage();

    @Override
    public boolean exists(String path) {
      return files.exists(path);
    }

    @Override
    public void write(String path, byte[] content) {
      files.write(path, content);
    }

    @Override
    public byte[] read(String path) {
      return files.read(path);
    }

    @Override
    public List<String> list(String folder) {
      return files.list(folder);
    }

    @Override
    public List<String> listRecursive(String folder) {
      return files.listRecursive(folder);
    }

    @Override
    public void delete(String path) {
      files.delete(path);
    }

    @Override
    public List<String> problems() {
      throw new IllegalStateException("no route to the lake");
    }
  }
}
