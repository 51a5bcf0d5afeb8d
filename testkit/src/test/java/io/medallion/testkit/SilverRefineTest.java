package io.medallion.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.medallion.application.port.out.LayerResult;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.Layer;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.medallion.TableName;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.ExpectationFailedException;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.quality.Rule;
import io.medallion.domain.quality.Tolerance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
                .movie("s1", "Blood & Water: Season One", 90)
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
