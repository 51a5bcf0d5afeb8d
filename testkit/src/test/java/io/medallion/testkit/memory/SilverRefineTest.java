package io.medallion.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.medallion.application.run.LayerResult;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.CatalogueConform;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.ExpectationFailedException;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.quality.Rule;
import io.medallion.domain.quality.Tolerance;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.fixture.CatalogueFiles;
import io.medallion.testkit.fixture.LookupFiles;
import io.medallion.testkit.fixture.TitleFiles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class SilverRefineTest {

  private static final TableName SILVER_TITLES = TableName.of(Layer.SILVER, "titles");

  private final EngineFixture lake = new EngineFixture();

  @Test
  void givenCleanTitle_refine_cleansAndTypesIt() {
    String path =
        lake.land(
            Feed.TITLES,
            "netflix_titles-1.csv",
            TitleFiles.titles()
                .movie("s1", " Blood & Water: Season One ", 90)
                .with("description", "About Blood & Water: Season One")
                .with("date_added", " 9/25/2021 ")
                .with("rating", " tv-y7-fv ")
                .bytes());
    lake.load(Feed.TITLES);

    lake.refine(Feed.TITLES);

    Map<String, Object> title = lake.silver(Feed.TITLES).get(0);
    assertThat(title.keySet())
        .containsExactlyElementsOf(EngineFixture.silverSpec(Feed.TITLES).columns());
    assertThat(title)
        .containsEntry("show_id", "s1")
        .containsEntry("kind", "Movie")
        .containsEntry("title", "Blood & Water: Season One")
        .containsEntry("short_title", "Blood & Water")
        .containsEntry("date_added", LocalDate.of(2021, 9, 25))
        .containsEntry("release_year", 2020)
        .containsEntry("rating", "TV-Y7")
        .containsEntry("duration_minutes", 90)
        .containsEntry("duration_seasons", null)
        .containsEntry("description", "About Blood & Water: Season One")
        .containsEntry("type_flag", 1)
        .containsEntry(BronzeSpec.SOURCE_FILE, path);
    assertThat(title.get(BronzeSpec.INGESTED_AT)).isInstanceOf(Instant.class);
  }

  @Test
  void givenShow_refine_keepsSeasonsAndNoMinutes() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles().show("s2", "Show", 3).with("duration_minutes", "45").bytes());
    lake.load(Feed.TITLES);

    lake.refine(Feed.TITLES);

    assertThat(lake.silver(Feed.TITLES).get(0))
        .containsEntry("duration_seasons", 3)
        .containsEntry("duration_minutes", null)
        .containsEntry("type_flag", 2);
  }

  @Test
  void givenDirtyTitles_refine_quarantinesEachWithTheRulesItFailed() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles()
            .movie("s1", "Kept", 90)
            .movie("s3", "Long", 0)
            .with("duration_minutes", "ninety")
            .movie("s 4", "Pod", 30)
            .with("type", "Podcast")
            .movie(null, "Nobody", 80)
            .line("90,,Movie")
            .bytes());
    lake.load(Feed.TITLES);

    LayerResult result = lake.refine(Feed.TITLES);

    assertThat(result.rowsIn()).isEqualTo(5);
    assertThat(result.quarantined()).isEqualTo(4);
    assertThat(result.rowsOut()).isEqualTo(1);
    assertThat(result.reconciles()).isTrue();
    assertThat(lake.quarantine(Feed.TITLES))
        .extracting(r -> r.get(SilverRefining.FAILED_RULES))
        .containsExactly(
            List.of("movie_minutes_numeric"),
            List.of("show_id_well_formed", "type_known"),
            List.of("show_id_present"),
            List.of("record_well_formed", "show_id_present", "release_year_numeric"));
    assertThat(lake.quarantine(Feed.TITLES).get(0))
        .containsEntry("duration_minutes", "ninety")
        .containsKeys(BronzeSpec.SOURCE_FILE, BronzeSpec.RUN_ID, BronzeLoading.RECORD_INDEX);
  }

  @Test
  void givenWarnRuleViolations_refine_keepsTheRowsAndCountsThem() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles()
            .movie("s1", "A", 90)
            .movie("s2", "B", 80)
            .with("date_added", "someday")
            .with("rating", "XYZ")
            .bytes());
    lake.load(Feed.TITLES);

    LayerResult result = lake.refine(Feed.TITLES);

    assertThat(result.rowsOut()).isEqualTo(2);
    assertThat(result.expectations())
        .filteredOn(e -> e.name().equals("date_added_parses") || e.name().equals("rating_known"))
        .extracting(ExpectationResult::passed, ExpectationResult::failed)
        .containsExactly(tuple(1L, 1L), tuple(1L, 1L));
    assertThat(lake.silver(Feed.TITLES).get(1))
        .containsEntry("date_added", null)
        .containsEntry("rating", null);
  }

  @Test
  void givenBridgeNames_refine_trimsThemDropsBlanksAndQuarantinesMissingIds() {
    lake.land(
        Feed.CAST,
        "netflix_cast-1.csv",
        LookupFiles.of(Feed.CAST)
            .pair("Ada Lovelace", "s1")
            .pair("  Alan Turing ", "s1")
            .pair("   ", "s2")
            .pair(null, "s3")
            .pair("Grace Hopper", null)
            .bytes());
    lake.load(Feed.CAST);

    LayerResult result = lake.refine(Feed.CAST);

    assertThat(result.rowsIn()).isEqualTo(5);
    assertThat(result.dropped()).isEqualTo(2);
    assertThat(result.quarantined()).isEqualTo(1);
    assertThat(result.rowsOut()).isEqualTo(2);
    assertThat(lake.silver(Feed.CAST))
        .extracting(r -> r.get("show_id"), r -> r.get("person"))
        .containsExactly(tuple("s1", "Ada Lovelace"), tuple("s1", "Alan Turing"));
    assertThat(lake.silver(Feed.CAST).get(0).keySet())
        .containsExactlyElementsOf(EngineFixture.silverSpec(Feed.CAST).columns());
    assertThat(lake.quarantine(Feed.CAST).get(0))
        .containsEntry("cast", "Grace Hopper")
        .containsEntry(SilverRefining.FAILED_RULES, List.of("show_id_present"));
  }

  @Test
  void givenDuplicateShowIdsInOneFile_refine_keepsTheLaterRecord() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles()
            .movie("s1", "First", 90)
            .movie("s2", "Other", 80)
            .movie("s1", "Second", 95)
            .bytes());
    lake.load(Feed.TITLES);

    LayerResult result = lake.refine(Feed.TITLES);

    assertThat(result.dropped()).isEqualTo(1);
    assertThat(lake.silver(Feed.TITLES))
        .extracting(r -> r.get("title"))
        .containsExactly("Second", "Other");
  }

  @Test
  void givenDuplicateShowIdsIngestedLater_refine_keepsTheLatestIngested() {
    lake.land(
        Feed.TITLES, "netflix_titles-b.csv", TitleFiles.titles().movie("s1", "Old", 90).bytes());
    lake.load(Feed.TITLES);
    lake.land(
        Feed.TITLES, "netflix_titles-a.csv", TitleFiles.titles().movie("s1", "New", 90).bytes());
    lake.load(Feed.TITLES);

    lake.refine(Feed.TITLES);

    assertThat(lake.silver(Feed.TITLES)).extracting(r -> r.get("title")).containsExactly("New");
  }

  @Test
  void givenDuplicatesIngestedTogether_refine_keepsTheOneFromTheLastFile() {
    lake.land(
        Feed.TITLES, "netflix_titles-b.csv", TitleFiles.titles().movie("s1", "From b", 90).bytes());
    lake.land(
        Feed.TITLES, "netflix_titles-a.csv", TitleFiles.titles().movie("s1", "From a", 90).bytes());
    lake.load(Feed.TITLES);

    lake.refine(Feed.TITLES);

    assertThat(lake.silver(Feed.TITLES)).extracting(r -> r.get("title")).containsExactly("From b");
  }

  @Test
  void givenFailExpectationViolated_refine_throwsWithSampleKeysAndChangesNothing() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles()
            .movie("s1", "A", 90)
            .movie("s2", "B", 90)
            .with("release_year", "1999")
            .movie("s3", "C", 90)
            .with("release_year", "1998")
            .bytes());
    lake.load(Feed.TITLES);
    lake.refine(Feed.TITLES);
    SilverSpec strict = strictAbout("release_year", "2020");

    assertThatThrownBy(() -> lake.engine.refine(strict, EngineFixture.RUN))
        .isInstanceOfSatisfying(
            ExpectationFailedException.class,
            e -> {
              assertThat(e.table()).isEqualTo("silver.titles");
              assertThat(e.expectation()).isEqualTo("recent");
              assertThat(e.failing()).isEqualTo(2);
              assertThat(e.sampleKeys()).containsExactly("s2", "s3");
            });
    assertThat(lake.engine.version(SILVER_TITLES)).isZero();
    assertThat(lake.engine.version(SILVER_TITLES.quarantine())).isZero();
  }

  @Test
  void givenMoreQuarantinedThanTheLimit_refine_stopsAndChangesNothing() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles()
            .movie("s1", "A", 90)
            .movie("", "No id", 90)
            .movie("s3", "Bad minutes", 90)
            .with("duration_minutes", "abc")
            .bytes());
    lake.load(Feed.TITLES);
    lake.refine(Feed.TITLES);
    SilverSpec titles = EngineFixture.silverSpec(Feed.TITLES);
    SilverSpec limited =
        new SilverSpec(
            titles.feed(),
            titles.source(),
            titles.target(),
            titles.key(),
            titles.expectations(),
            Tolerance.share(0.5));

    assertThatThrownBy(() -> lake.engine.refine(limited, EngineFixture.RUN))
        .isInstanceOfSatisfying(
            ExpectationFailedException.class,
            e -> {
              assertThat(e.expectation()).isEqualTo(SilverSpec.QUARANTINE_LIMIT);
              assertThat(e.failing()).isEqualTo(2);
            });
    assertThat(lake.engine.version(SILVER_TITLES)).isZero();
    SilverSpec lenient =
        new SilverSpec(
            titles.feed(),
            titles.source(),
            titles.target(),
            titles.key(),
            titles.expectations(),
            Tolerance.share(0.7));
    assertThat(lake.engine.refine(lenient, EngineFixture.RUN).quarantined()).isEqualTo(2);
  }

  @Test
  void givenRefineTwice_refine_replacesTheTablesAsNewVersions() {
    lake.land(
        Feed.TITLES, "netflix_titles-1.csv", TitleFiles.titles().movie("s1", "A", 90).bytes());
    lake.load(Feed.TITLES);
    lake.refine(Feed.TITLES);

    LayerResult again = lake.refine(Feed.TITLES);

    assertThat(again.version()).isEqualTo(1);
    assertThat(lake.silver(Feed.TITLES)).hasSize(1);
  }

  @Test
  void givenCatalogueFile_refineTitles_splitsDurationsRepairsTheRatingAndParsesItsDates() {
    String catalogue =
        lake.land(
            Feed.CATALOGUE,
            "netflix_titles.csv",
            CatalogueFiles.catalogue()
                .movie("s1", "Dick Johnson Is Dead", "90 min")
                .show("s2", "Blood & Water", "2 Seasons")
                .with("date_added", "25-Sep-21")
                .movie("s3", "Louis C.K. 2017", null)
                .with("rating", "74 min")
                .movie("s4", "Broken", "abc min")
                .bytes());
    lake.land(
        Feed.TITLES,
        "netflix_titles-tutorial.csv",
        TitleFiles.titles().movie("80001", "Tutorial Film", 95).bytes());
    lake.load(Feed.TITLES);
    lake.load(Feed.CATALOGUE);

    LayerResult result = lake.refine(Feed.TITLES);

    assertThat(result.rowsIn()).isEqualTo(5);
    assertThat(result.rowsIn())
        .isEqualTo(result.rowsOut() + result.dropped() + result.quarantined());
    assertThat(result.quarantined()).isEqualTo(1);
    assertThat(result.expectations())
        .filteredOn(e -> e.name().equals("rating_not_duration"))
        .extracting(ExpectationResult::passed, ExpectationResult::failed)
        .containsExactly(tuple(4L, 1L));
    assertThat(lake.silver(Feed.TITLES))
        .extracting(
            r -> r.get("show_id"),
            r -> r.get("duration_minutes"),
            r -> r.get("duration_seasons"),
            r -> r.get("rating"),
            r -> r.get("date_added"))
        .containsExactly(
            tuple("80001", 95, null, "PG", LocalDate.of(2020, 1, 1)),
            tuple("s1", 90, null, "PG-13", LocalDate.of(2021, 9, 25)),
            tuple("s2", null, 2, "TV-MA", LocalDate.of(2021, 9, 25)),
            tuple("s3", 74, null, null, LocalDate.of(2021, 9, 25)));
    assertThat(lake.silver(Feed.TITLES).get(1))
        .containsEntry("kind", "Movie")
        .containsEntry("short_title", "Dick Johnson Is Dead")
        .containsEntry(BronzeSpec.SOURCE_FILE, catalogue);
    assertThat(lake.quarantine(Feed.TITLES))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("show_id", "s4")
                    .containsEntry("duration_minutes", "abc min")
                    .containsEntry("duration_seasons", "abc min")
                    .containsEntry(SilverRefining.FAILED_RULES, List.of("movie_minutes_numeric")));
  }

  @Test
  void givenMovedRating_refineTitles_quarantinesWithTheRepairInSight() {
    lake.land(
        Feed.CATALOGUE,
        "netflix_titles.csv",
        CatalogueFiles.catalogue().movie(null, "No id", null).with("rating", "74 min").bytes());
    lake.load(Feed.TITLES);
    lake.load(Feed.CATALOGUE);

    lake.refine(Feed.TITLES);

    List<String> columns = new ArrayList<>(BronzeLoading.columns(Feed.TITLES));
    columns.add(CatalogueConform.DURATION_FROM_RATING);
    columns.add(SilverRefining.FAILED_RULES);
    assertThat(lake.quarantine(Feed.TITLES))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.keySet()).containsExactlyElementsOf(columns);
              assertThat(row)
                  .containsEntry(CatalogueConform.DURATION_FROM_RATING, "74 min")
                  .containsEntry("duration_minutes", "74")
                  .containsEntry("rating", null);
            });
  }

  @Test
  void givenCatalogueFile_refineBridges_givesOneRowPerNameAndReconciles() {
    String catalogue =
        lake.land(
            Feed.CATALOGUE,
            "netflix_titles.csv",
            CatalogueFiles.catalogue()
                .movie("s1", "Film", "90 min")
                .with("director", "Kirsten Johnson")
                .with("country", "United States")
                .with("listed_in", "Documentaries")
                .show("s2", "Show", "2 Seasons")
                .with("cast", "Ama Qamata, Khosi Ngema,  , Ama Qamata")
                .with("country", "South Africa")
                .with("listed_in", "International TV Shows, TV Dramas")
                .movie(null, "Nobody", "80 min")
                .with("cast", "Ada")
                .bytes());
    lake.land(
        Feed.CAST,
        "netflix_cast-1.csv",
        LookupFiles.of(Feed.CAST).pair("Ada Lovelace", "80001").pair("Ama Qamata", "s2").bytes());
    Feed.lookups().forEach(lake::load);
    lake.load(Feed.CATALOGUE);

    LayerResult cast = lake.refine(Feed.CAST);

    assertThat(cast.rowsIn()).isEqualTo(5);
    assertThat(cast.quarantined()).isEqualTo(1);
    assertThat(cast.dropped()).isEqualTo(1);
    assertThat(cast.rowsOut()).isEqualTo(3);
    assertThat(cast.rowsIn()).isEqualTo(cast.rowsOut() + cast.dropped() + cast.quarantined());
    assertThat(lake.silver(Feed.CAST))
        .extracting(r -> r.get("show_id"), r -> r.get("person"), r -> r.get(BronzeSpec.SOURCE_FILE))
        .containsExactly(
            tuple("80001", "Ada Lovelace", "raw/netflix_cast/netflix_cast-1.csv"),
            tuple("s2", "Ama Qamata", catalogue),
            tuple("s2", "Khosi Ngema", catalogue));
    assertThat(lake.quarantine(Feed.CAST))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("cast", "Ada")
                    .containsEntry(BronzeSpec.SOURCE_FILE, catalogue)
                    .containsEntry(SilverRefining.FAILED_RULES, List.of("show_id_present")));
    assertThat(bridge(Feed.DIRECTORS, "person")).containsExactly(tuple("s1", "Kirsten Johnson"));
    assertThat(bridge(Feed.COUNTRIES, "country"))
        .containsExactly(tuple("s1", "United States"), tuple("s2", "South Africa"));
    assertThat(bridge(Feed.CATEGORIES, "category"))
        .containsExactly(
            tuple("s1", "Documentaries"),
            tuple("s2", "International TV Shows"),
            tuple("s2", "TV Dramas"));
  }

  /** Refines a lookup feed, checks it reconciles, and gives its silver rows as (id, value). */
  private List<Tuple> bridge(Feed feed, String valueColumn) {
    LayerResult result = lake.refine(feed);
    assertThat(result.reconciles()).as(feed.toString()).isTrue();
    return lake.silver(feed).stream()
        .map(r -> tuple(r.get("show_id"), r.get(valueColumn)))
        .toList();
  }

  private static SilverSpec strictAbout(String column, String value) {
    SilverSpec titles = EngineFixture.silverSpec(Feed.TITLES);
    return new SilverSpec(
        Feed.TITLES,
        titles.source(),
        titles.target(),
        titles.key(),
        List.of(Expectation.fail("recent", Rule.inSet(column, value))));
  }
}
