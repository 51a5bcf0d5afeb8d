package io.medallion.testkit.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.medallion.application.run.LayerResult;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.HeaderMatch;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.fixture.CatalogueFiles;
import io.medallion.testkit.fixture.LookupFiles;
import io.medallion.testkit.fixture.TitleFiles;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BronzeLoadTest {

  private static final TableName BRONZE_TITLES = TableName.of(Layer.BRONZE, "titles");

  private final EngineFixture lake = new EngineFixture();

  @Test
  void givenFileWithByteOrderMark_load_readsItsHeaderAndRows() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles().movie("s1", "Film", 90).withBom().bytes());

    LayerResult result = lake.load(Feed.TITLES);

    assertThat(result)
        .isEqualTo(new LayerResult(BRONZE_TITLES, 1, 1, 0, 0, java.util.List.of(), 0, false));
    assertThat(lake.bronze(Feed.TITLES))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("show_id", "s1")
                    .containsEntry("duration_minutes", "90"));
  }

  @Test
  void givenRecord_load_keepsTextWithEmptyAsNullAndAddsMetadata() {
    String path =
        lake.land(
            Feed.TITLES,
            "netflix_titles-1.csv",
            TitleFiles.titles().show("s1", "Show", 2).show("s2", "Other", 1).bytes());

    lake.load(Feed.TITLES);

    Map<String, Object> second = lake.bronze(Feed.TITLES).get(1);
    assertThat(second)
        .containsEntry("show_id", "s2")
        .containsEntry("duration_seasons", "1")
        .containsEntry("duration_minutes", null)
        .containsEntry(BronzeSpec.CORRUPT_RECORD, null)
        .containsEntry(BronzeSpec.SOURCE_FILE, path)
        .containsEntry(BronzeSpec.RUN_ID, EngineFixture.RUN.value())
        .containsEntry(BronzeLoading.RECORD_INDEX, 1L);
    assertThat(second.get(BronzeSpec.INGESTED_AT)).isInstanceOf(Instant.class);
    assertThat(second.keySet()).containsExactlyElementsOf(BronzeLoading.columns(Feed.TITLES));
  }

  @Test
  void givenQuotedLineBreakAndDoubledQuotes_load_readsOneRecord() {
    String text =
        String.join(",", Feed.TITLES.columns())
            + "\r\n90,,Movie,Film,1/1/2020,2020,PG,\"Line one\nsaid \"\"hi\"\", twice\",s1\r\n";
    lake.land(Feed.TITLES, "netflix_titles-1.csv", text.getBytes(StandardCharsets.UTF_8));

    LayerResult result = lake.load(Feed.TITLES);

    assertThat(result.rowsOut()).isEqualTo(1);
    assertThat(lake.bronze(Feed.TITLES).get(0))
        .containsEntry("description", "Line one\nsaid \"hi\", twice")
        .containsEntry("show_id", "s1")
        .containsEntry(BronzeSpec.CORRUPT_RECORD, null);
  }

  @Test
  void givenRecordWithTooFewFields_load_keepsThoseThereAndMarksItCorrupt() {
    lake.land(Feed.TITLES, "netflix_titles-1.csv", TitleFiles.titles().line("90,,Movie").bytes());

    lake.load(Feed.TITLES);

    assertThat(lake.bronze(Feed.TITLES).get(0))
        .containsEntry("duration_minutes", "90")
        .containsEntry("type", "Movie")
        .containsEntry("show_id", null)
        .containsEntry(BronzeSpec.CORRUPT_RECORD, "90,,Movie");
  }

  @Test
  void givenRecordWithTooManyFields_load_ignoresTheExtraAndMarksItCorrupt() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-1.csv",
        TitleFiles.titles()
            .record("90", "", "Movie", "F", "1/1/2020", "2020", "PG", "d", "s1", "x")
            .bytes());

    lake.load(Feed.TITLES);

    assertThat(lake.bronze(Feed.TITLES).get(0))
        .containsEntry("show_id", "s1")
        .containsEntry(BronzeSpec.CORRUPT_RECORD, "90,,Movie,F,1/1/2020,2020,PG,d,s1,x");
  }

  @Test
  void givenFileLackingColumns_load_failsNamingFileAndColumnsAndLoadsNoFile() {
    lake.land(
        Feed.TITLES, "netflix_titles-1.csv", TitleFiles.titles().movie("s1", "Film", 90).bytes());
    lake.land(
        Feed.TITLES,
        "netflix_titles-2.csv",
        "show_id,title\ns2,Film\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> lake.load(Feed.TITLES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("landing/titles/netflix_titles-2.csv")
        .hasMessageContaining("[show_id, title]")
        .hasMessageContaining(
            "lacks the column(s) [duration_minutes, duration_seasons, type, date_added, "
                + "release_year, rating, description]");
    assertThat(lake.engine.exists(BRONZE_TITLES)).isFalse();
  }

  @Test
  void givenReorderedRenamedAndExtraColumns_load_matchesByNameAndRescuesTheRest() {
    lake.land(
        Feed.CAST,
        "netflix_cast-1.csv",
        " Show ID ,CAST,source_system\n81145628,Ada,crm\n70234439,Bob,\n"
            .getBytes(StandardCharsets.UTF_8));

    lake.load(Feed.CAST);

    assertThat(lake.bronze(Feed.CAST))
        .extracting(
            r -> r.get("cast") + "/" + r.get("show_id") + "/" + r.get(BronzeSpec.RESCUED_DATA))
        .containsExactly("Ada/81145628/{source_system=crm}", "Bob/70234439/{}");
  }

  @Test
  void givenNoFile_load_createsTheEmptyTableAtVersionZero() {
    LayerResult result = lake.load(Feed.CAST);

    assertThat(result.rowsOut()).isZero();
    assertThat(result.version()).isZero();
    assertThat(lake.bronze(Feed.CAST)).isEmpty();
  }

  @Test
  void givenLoadedFile_loadAgain_loadsNothingAndCommitsNothing() {
    lake.land(Feed.CAST, "netflix_cast-1.csv", LookupFiles.of(Feed.CAST).pair("Ada", "s1").bytes());
    lake.load(Feed.CAST);

    LayerResult again = lake.load(Feed.CAST);

    assertThat(again.rowsIn()).isZero();
    assertThat(again.version()).isZero();
    assertThat(lake.bronze(Feed.CAST)).hasSize(1);
  }

  @Test
  void givenNewFileAfterALoad_load_appendsOnlyItAsOneNewVersion() {
    lake.land(Feed.CAST, "netflix_cast-1.csv", LookupFiles.of(Feed.CAST).pair("Ada", "s1").bytes());
    lake.load(Feed.CAST);
    lake.land(
        Feed.CAST,
        "netflix_cast-2.csv",
        LookupFiles.of(Feed.CAST).pair("Alan", "s2").pair("Grace", "s3").bytes());

    LayerResult result = lake.load(Feed.CAST);

    assertThat(result.rowsIn()).isEqualTo(2);
    assertThat(result.version()).isEqualTo(1);
    assertThat(lake.bronze(Feed.CAST))
        .extracting(r -> r.get("cast"))
        .containsExactly("Ada", "Alan", "Grace");
  }

  @Test
  void givenFilesOutsideTheGlob_load_leavesThemAlone() {
    byte[] cast = LookupFiles.of(Feed.CAST).pair("Ada", "s1").bytes();
    lake.land(Feed.CAST, "other.csv", cast);
    lake.land(Feed.CAST, "netflix_cast-1.txt", cast);
    lake.land(Feed.CAST, "old/netflix_cast-1.csv", cast);
    lake.lake.write("raw/netflix_cast_more/netflix_cast-1.csv", cast);

    assertThat(lake.load(Feed.CAST).rowsIn()).isZero();
  }

  @Test
  void givenCatalogueAndTutorialFilesLandedTogether_load_putsEachInItsLayoutsTable() {
    String catalogue =
        lake.land(
            Feed.CATALOGUE,
            "netflix_titles.csv",
            CatalogueFiles.catalogue()
                .movie("s1", "Film", "90 min")
                .with("cast", "Ada, Bob")
                .show("s2", "Show", "2 Seasons")
                .bytes());
    String titles =
        lake.land(
            Feed.TITLES,
            "netflix_titles-tutorial.csv",
            TitleFiles.titles().movie("80001", "Tutorial", 95).bytes());

    LayerResult loadedTitles = lake.load(Feed.TITLES);
    LayerResult loadedCatalogue = lake.load(Feed.CATALOGUE);

    assertThat(loadedTitles.rowsOut()).isEqualTo(1);
    assertThat(loadedCatalogue.table()).isEqualTo(TableName.of(Layer.BRONZE, "catalogue"));
    assertThat(loadedCatalogue.rowsOut()).isEqualTo(2);
    assertThat(lake.bronze(Feed.TITLES))
        .extracting(r -> r.get("show_id"), r -> r.get(BronzeSpec.SOURCE_FILE))
        .containsExactly(tuple("80001", titles));
    assertThat(lake.bronze(Feed.CATALOGUE))
        .extracting(
            r -> r.get("show_id"),
            r -> r.get("cast"),
            r -> r.get("duration"),
            r -> r.get(BronzeSpec.SOURCE_FILE))
        .containsExactly(
            tuple("s1", "Ada, Bob", "90 min", catalogue),
            tuple("s2", null, "2 Seasons", catalogue));
    assertThat(lake.bronze(Feed.CATALOGUE).get(0).keySet())
        .containsExactlyElementsOf(BronzeLoading.columns(Feed.CATALOGUE));
  }

  @Test
  void givenCatalogueFileLackingAColumn_load_refusesItAsACatalogueAndTitlesLeaveIt() {
    String header = String.join(",", Feed.CATALOGUE.columns()).replace(",description", "");
    lake.land(
        Feed.CATALOGUE, "netflix_titles.csv", (header + "\n").getBytes(StandardCharsets.UTF_8));

    assertThat(lake.load(Feed.TITLES).rowsIn()).isZero();
    assertThatThrownBy(() -> lake.load(Feed.CATALOGUE))
        .isInstanceOf(HeaderMatch.MissingColumnsException.class)
        .hasMessageContaining("lacks the column(s) [description] of netflix_titles (catalogue");
  }

  @Test
  void givenFileOfNeitherLayout_load_leavesItToTheTitlesWhichRefuseIt() {
    lake.land(
        Feed.TITLES,
        "netflix_titles-2.csv",
        "show_id,title\ns2,Film\n".getBytes(StandardCharsets.UTF_8));

    assertThat(lake.load(Feed.CATALOGUE).rowsIn()).isZero();
    assertThatThrownBy(() -> lake.load(Feed.TITLES))
        .isInstanceOf(HeaderMatch.MissingColumnsException.class)
        .hasMessageContaining("of netflix_titles;");
  }

  @Test
  void givenEmptyFile_load_givesNoRowToEitherLayout() {
    lake.land(Feed.TITLES, "netflix_titles-empty.csv", new byte[0]);

    assertThat(lake.load(Feed.CATALOGUE).rowsIn()).isZero();
    assertThat(lake.load(Feed.TITLES).rowsIn()).isZero();
    assertThat(lake.bronze(Feed.TITLES)).isEmpty();
  }
}
