package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.medallion.application.port.in.TitleStory;
import io.medallion.application.port.in.TitleStory.BronzeRecord;
import io.medallion.application.port.in.TitleStory.Check;
import io.medallion.application.port.in.TitleStory.QuarantinedRow;
import io.medallion.application.port.in.TitleStory.TableRows;
import io.medallion.application.port.in.TitleStory.Version;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.fixture.TitleFiles;
import io.medallion.testkit.memory.InMemoryLakeRows;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExplainServiceTest {

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final TickingClock clock = TickingClock.fromNewYear2026();
  private final InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, clock);
  private final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();
  private final PipelineService pipeline =
      new InMemoryPipeline(lake, engine, clock, fetcher).build();
  private final ExplainService explain =
      new ExplainService(new InMemoryLakeRows(engine), MedallionPlan.netflix());

  @BeforeEach
  void runTheDirtyCatalogue() {
    lake.write(Catalogue.TITLES_PATH, Catalogue.serveLookups(fetcher));
    assertThat(pipeline.run(Catalogue.command()).succeeded()).isTrue();
  }

  @Test
  void givenACleanTitle_explain_tellsItsWholeStoryFromFilesToAggregates() {
    TitleStory story = explain.explain("s1").orElseThrow();

    assertThat(story.bronze())
        .extracting(r -> r.table().toString(), BronzeRecord::sourceFile)
        .containsExactly(
            tuple("bronze.titles", Catalogue.TITLES_PATH),
            tuple("bronze.titles", Catalogue.TITLES_PATH),
            tuple("bronze.cast", "raw/netflix_cast/" + onlyFile("raw/netflix_cast")),
            tuple("bronze.directors", "raw/netflix_directors/" + onlyFile("raw/netflix_directors")),
            tuple("bronze.countries", "raw/netflix_countries/" + onlyFile("raw/netflix_countries")),
            tuple("bronze.categories", "raw/netflix_category/" + onlyFile("raw/netflix_category")));
    BronzeRecord first = story.bronze().get(0);
    assertThat(first.recordIndex()).isNotNull();
    assertThat(first.runId()).isNotBlank();
    assertThat(first.ingestedAt()).isNotNull();
    assertThat(first.values()).containsEntry("title", "Dick Johnson Is Dead");
    assertThat(first.checks())
        .extracting(Check::expectation)
        .contains("show_id_present", "type_known", "movie_minutes_numeric", "rating_known");
    assertThat(first.checks()).allMatch(Check::passed);
    assertThat(story.bronze().get(2).checks()).as("a cast record is no title").isEmpty();
    assertThat(story.quarantine()).isEmpty();
    assertThat(story.silver())
        .get()
        .extracting(r -> r.get("title"))
        .isEqualTo("Dick Johnson Is Dead: Redux");
    assertThat(story.versions()).singleElement().satisfies(v -> assertThat(v.current()).isTrue());
    assertThat(story.dimension())
        .get()
        .extracting(r -> r.get("date_added"))
        .isEqualTo(LocalDate.of(2021, 9, 25));
    assertThat(story.bridges())
        .extracting(b -> b.table().name(), b -> values(b, 1))
        .containsExactly(
            tuple("bridge_title_cast", List.of("Michael Hilow")),
            tuple("bridge_title_director", List.of("Kirsten Johnson")),
            tuple("bridge_title_country", List.of("United States")),
            tuple("bridge_title_category", List.of("Documentaries")));
    assertThat(story.aggregates())
        .extracting(a -> a.table().name(), a -> a.rows())
        .containsExactly(
            tuple("agg_titles_by_year", List.of(group("year_added", 2021, 1L))),
            tuple("agg_titles_by_country", List.of(group("country", "United States", 3L))),
            tuple("agg_titles_by_rating", List.of(group("rating", "PG-13", 1L))),
            tuple("agg_titles_by_category", List.of(group("category", "Documentaries", 1L))));
  }

  @Test
  void givenAQuarantinedTitle_explain_namesTheRuleItFailedAndShowsNoGold() {
    TitleStory story = explain.explain("s4").orElseThrow();

    assertThat(story.bronze())
        .filteredOn(r -> r.table().name().equals("titles"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.checks())
                    .filteredOn(c -> !c.passed())
                    .extracting(Check::expectation)
                    .containsExactly("movie_minutes_numeric"));
    assertThat(story.quarantine())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.table().toString()).isEqualTo("silver.titles_quarantine");
              assertThat(q.failedRules()).containsExactly("movie_minutes_numeric");
              assertThat(q.values()).containsEntry("duration_minutes", "ninety");
              assertThat(q.sourceFile()).isEqualTo(Catalogue.TITLES_PATH);
            });
    assertThat(story.silver()).isEmpty();
    assertThat(story.versions()).isEmpty();
    assertThat(story.dimension()).isEmpty();
    assertThat(story.bridges()).allMatch(b -> b.rows().isEmpty());
    assertThat(story.aggregates()).isEmpty();
  }

  @Test
  void givenATypeNoRuleKnows_explain_failsTypeKnownOnItsRecord() {
    TitleStory story = explain.explain("s5").orElseThrow();

    assertThat(story.quarantine())
        .flatExtracting(QuarantinedRow::failedRules)
        .containsExactly("type_known");
    assertThat(story.bronze().get(0).checks())
        .filteredOn(c -> !c.passed())
        .extracting(Check::expectation)
        .containsExactly("type_known");
  }

  @Test
  void givenATitleChangedByALaterFile_explain_showsBothVersions() {
    lake.write(
        "landing/titles/netflix_titles-2026-02.csv",
        TitleFiles.titles()
            .show("s2", "Blood & Water: Season One", 3)
            .with("date_added", "9/24/2021")
            .with("rating", "TV-MA")
            .bytes());
    assertThat(pipeline.run(Catalogue.command()).succeeded()).isTrue();

    List<Version> versions = explain.explain("s2").orElseThrow().versions();

    assertThat(versions)
        .extracting(Version::current, v -> v.values().get("duration_seasons"))
        .containsExactly(tuple(false, 2), tuple(true, 3));
    assertThat(versions.get(0).validTo()).contains(versions.get(1).validFrom());
    assertThat(versions.get(1).validTo()).isEmpty();
  }

  @Test
  void givenAnUnknownShowId_explain_findsNothing() {
    assertThat(explain.explain("s123")).isEmpty();
  }

  @Test
  void givenABlankShowId_explain_isRefused() {
    assertThatThrownBy(() -> explain.explain(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("show id");
  }

  private String onlyFile(String folder) {
    return lake.list(folder).stream()
        .map(p -> p.substring(p.lastIndexOf('/') + 1))
        .findFirst()
        .orElseThrow();
  }

  private static List<Object> values(TableRows table, int column) {
    return table.rows().stream().map(r -> List.copyOf(r.values()).get(column)).toList();
  }

  private static Map<String, Object> group(String dimension, Object value, long titles) {
    return Map.of(dimension, value, "kind", "Movie", "titles", titles);
  }
}
