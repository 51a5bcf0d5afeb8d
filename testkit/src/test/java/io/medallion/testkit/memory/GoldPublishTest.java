package io.medallion.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.medallion.application.run.LayerResult;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.ExpectationFailedException;
import io.medallion.domain.quality.Rule;
import io.medallion.testkit.fixture.LookupFiles;
import io.medallion.testkit.fixture.TitleFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GoldPublishTest {

  private final EngineFixture lake = new EngineFixture();

  @BeforeEach
  void refineACatalogue() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles()
            .movie("s1", "A", 90)
            .with("date_added", "9/25/2021")
            .movie("s2", "B", 120)
            .with("rating", "R")
            .movie("s3", "C", 90)
            .with("date_added", null)
            .show("s4", "D", 2)
            .movie("s5", "E", 60)
            .with("date_added", "3/3/2021")
            .with("rating", "XYZ")
            .bytes());
    lake.land(
        Feed.COUNTRIES,
        "netflix_countries-1.csv",
        LookupFiles.of(Feed.COUNTRIES)
            .pair("United States", "s1")
            .pair("United States", "s3")
            .pair("South Africa", "s4")
            .pair("United States", "s99")
            .pair("South Africa", "s1")
            .bytes());
    lake.land(
        Feed.CATEGORIES,
        "netflix_category-1.csv",
        LookupFiles.of(Feed.CATEGORIES)
            .pair("Dramas", "s1")
            .pair("Dramas", "s4")
            .pair("Comedies", "s2")
            .bytes());
    for (Feed feed : List.of(Feed.TITLES, Feed.COUNTRIES, Feed.CATEGORIES)) {
      lake.load(feed);
      lake.refine(feed);
    }
  }

  @Test
  void givenSilverTitles_publishDimTitle_copiesThemWithTheContractsColumnsAndNoRank() {
    LayerResult result = lake.publish(GoldTable.DIM_TITLE);

    assertThat(result.rowsIn()).isEqualTo(5);
    assertThat(result.rowsOut()).isEqualTo(5);
    assertThat(result.aggregate()).isFalse();
    assertThat(lake.gold(GoldTable.DIM_TITLE))
        .extracting(r -> r.get("show_id"))
        .containsExactly("s1", "s2", "s3", "s4", "s5");
    // The rank over every movie is the warehouse's (reporting.v_titles): an increment would
    // otherwise rewrite most of the dimension.
    assertThat(lake.gold(GoldTable.DIM_TITLE).get(0).keySet())
        .containsExactlyElementsOf(GoldTable.DIM_TITLE.columns())
        .doesNotContain("duration_rank");
    assertThat(lake.gold(GoldTable.DIM_TITLE).get(0))
        .containsEntry("date_added", LocalDate.of(2021, 9, 25));
  }

  @Test
  void givenOrphanPairs_publishBridge_dropsThemAndCountsThem() {
    LayerResult result = lake.publish(GoldTable.BRIDGE_TITLE_COUNTRY);

    assertThat(result.rowsIn()).isEqualTo(5);
    assertThat(result.dropped()).isEqualTo(1);
    assertThat(result.rowsOut()).isEqualTo(4);
    assertThat(result.reconciles()).isTrue();
    assertThat(lake.gold(GoldTable.BRIDGE_TITLE_COUNTRY))
        .extracting(r -> r.get("show_id"), r -> r.get("country"))
        .containsExactly(
            tuple("s1", "United States"),
            tuple("s3", "United States"),
            tuple("s4", "South Africa"),
            tuple("s1", "South Africa"));
  }

  @Test
  void givenDimTitle_publishAggregatesByYearAndRating_countsTitlesPerGroupNullsIncluded() {
    lake.publish(GoldTable.DIM_TITLE);

    LayerResult byYear = lake.publish(GoldTable.AGG_TITLES_BY_YEAR);
    lake.publish(GoldTable.AGG_TITLES_BY_RATING);

    assertThat(byYear.aggregate()).isTrue();
    assertThat(byYear.rowsIn()).isEqualTo(4);
    assertThat(byYear.rowsOut()).isEqualTo(4);
    // s3 has no date and s5 no known rating: each counts in its kind's null group, so per kind
    // the groups sum to the dimension's titles (four movies, one show).
    assertThat(lake.gold(GoldTable.AGG_TITLES_BY_YEAR))
        .extracting(r -> r.get("year_added"), r -> r.get("kind"), r -> r.get("titles"))
        .containsExactly(
            tuple(null, "Movie", 1L),
            tuple(2020, "Movie", 1L),
            tuple(2020, "TV Show", 1L),
            tuple(2021, "Movie", 2L));
    assertThat(lake.gold(GoldTable.AGG_TITLES_BY_RATING))
        .extracting(r -> r.get("rating"), r -> r.get("kind"), r -> r.get("titles"))
        .containsExactly(
            tuple(null, "Movie", 1L),
            tuple("PG", "Movie", 2L),
            tuple("R", "Movie", 1L),
            tuple("TV-14", "TV Show", 1L));
  }

  @Test
  void givenGoldBridges_publishAggregatesByCountryAndCategory_countsDistinctTitles() {
    lake.publish(GoldTable.DIM_TITLE);
    lake.publish(GoldTable.BRIDGE_TITLE_COUNTRY);
    lake.publish(GoldTable.BRIDGE_TITLE_CATEGORY);

    lake.publish(GoldTable.AGG_TITLES_BY_COUNTRY);
    lake.publish(GoldTable.AGG_TITLES_BY_CATEGORY);

    assertThat(lake.gold(GoldTable.AGG_TITLES_BY_COUNTRY))
        .extracting(r -> r.get("country"), r -> r.get("kind"), r -> r.get("titles"))
        .containsExactly(
            tuple("South Africa", "Movie", 1L),
            tuple("South Africa", "TV Show", 1L),
            tuple("United States", "Movie", 2L));
    assertThat(lake.gold(GoldTable.AGG_TITLES_BY_CATEGORY))
        .extracting(r -> r.get("category"), r -> r.get("kind"), r -> r.get("titles"))
        .containsExactly(
            tuple("Comedies", "Movie", 1L),
            tuple("Dramas", "Movie", 1L),
            tuple("Dramas", "TV Show", 1L));
    assertThat(lake.gold(GoldTable.AGG_TITLES_BY_COUNTRY).get(0).keySet())
        .containsExactlyElementsOf(GoldTable.AGG_TITLES_BY_COUNTRY.columns());
  }

  @Test
  void givenFailExpectationViolated_publish_throwsAndWritesNothing() {
    GoldSpec strict =
        new GoldSpec(
            GoldTable.DIM_TITLE,
            NetflixMedallion.recipe(GoldTable.DIM_TITLE),
            List.of(Expectation.fail("rated", Rule.notNull("rating"))));

    assertThatThrownBy(() -> lake.engine.publish(strict, EngineFixture.RUN))
        .isInstanceOf(ExpectationFailedException.class)
        .hasMessageContaining("gold.dim_title")
        .hasMessageContaining("[s5]");
    assertThat(lake.engine.exists(GoldTable.DIM_TITLE.table())).isFalse();
  }

  @Test
  void givenBridgeWithOrphansAndDuplicatePairs_publish_dropsOrphansByRuleAndStopsOnDuplicates() {
    lake.publish(GoldTable.DIM_TITLE);
    List<Map<String, Object>> pairs =
        List.of(
            Map.of("show_id", "s1", "person", "Ada"),
            Map.of("show_id", "nobody", "person", "Bob"),
            Map.of("show_id", "s1", "person", "Ada"));
    List<Expectation> rules =
        io.medallion.domain.medallion.NetflixMedallion.gold().stream()
            .filter(g -> g.table() == GoldTable.BRIDGE_TITLE_CAST)
            .findFirst()
            .orElseThrow()
            .expectations();
    Judgement judgement = new Judgement(rules, pairs, lake.engine::rows);

    assertThat(judgement.results())
        .extracting(e -> e.name() + "=" + e.failed())
        .containsExactly("keys_not_null=0", "key_unique=2", "title_exists=1");
    assertThat(judgement.kept()).hasSize(2);
    assertThatThrownBy(() -> judgement.stopOnFailure("gold.bridge_title_cast", "show_id"))
        .hasMessageContaining("key_unique");
  }

  @Test
  void givenPublishedTable_publishAgain_replacesItAsTheNextVersion() {
    lake.publish(GoldTable.DIM_TITLE);

    LayerResult again = lake.publish(GoldTable.DIM_TITLE);

    assertThat(again.version()).isEqualTo(1);
    assertThat(lake.gold(GoldTable.DIM_TITLE)).hasSize(5);
    assertThat(again.expectations())
        .extracting(e -> e.name() + "=" + e.passed() + "/" + e.failed())
        .containsExactly("keys_not_null=5/0", "key_unique=5/0");
  }
}
