package io.medallion.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.HeaderMatch;
import io.medallion.testkit.fixture.LookupFiles;
import io.medallion.testkit.fixture.TitleFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline's rules on small hand-written files, each count worked out by hand. */
class DuckDbBaselineRulesTest {

  @TempDir Path dir;

  private Path sources() {
    return dir.resolve("sources");
  }

  private Path database() {
    return dir.resolve("baseline.duckdb");
  }

  @Test
  void givenDirtyFiles_run_countsEveryRuleAsWorkedOutByHand() throws Exception {
    write(Feed.TITLES, dirtyTitles().bytes());
    writeDirtyLookups();

    BaselineRun run = DuckDbBaseline.run(sources(), database());

    assertThat(run.silverRows())
        .containsExactly(
            entry("silver.titles", 4),
            entry("silver.cast", 5),
            entry("silver.directors", 2),
            entry("silver.countries", 4),
            entry("silver.categories", 3));
    assertThat(run.quarantined())
        .containsEntry("silver.titles", 8L)
        .containsEntry("silver.cast", 1L);
    assertThat(run.goldRows())
        .containsExactly(
            entry("gold.dim_title", 4),
            entry("gold.bridge_title_cast", 3),
            entry("gold.bridge_title_director", 2),
            entry("gold.bridge_title_country", 3),
            entry("gold.bridge_title_category", 3),
            // Lambda's date does not parse and Eta's rating is unknown: each counts in a null
            // group.
            entry("gold.agg_titles_by_year", 3),
            entry("gold.agg_titles_by_country", 3),
            entry("gold.agg_titles_by_rating", 4),
            entry("gold.agg_titles_by_category", 2));
    assertThat(run.steps()).containsOnlyKeys("bronze", "silver", "gold");
  }

  @Test
  void givenDirtyFiles_run_failsEachExpectationOnTheRowsWorkedOutByHand() throws Exception {
    write(Feed.TITLES, dirtyTitles().bytes());
    writeDirtyLookups();

    DuckDbBaseline.run(sources(), database());

    assertThat(TableTallies.ofBaseline(database()).expectations())
        .containsEntry("silver.titles record_well_formed", 2L)
        .containsEntry("silver.titles show_id_present", 2L)
        .containsEntry("silver.titles show_id_well_formed", 1L)
        .containsEntry("silver.titles type_known", 2L)
        .containsEntry("silver.titles movie_minutes_numeric", 1L)
        .containsEntry("silver.titles show_seasons_numeric", 1L)
        .containsEntry("silver.titles release_year_numeric", 2L)
        .containsEntry("silver.titles date_added_parses", 1L)
        .containsEntry("silver.titles rating_known", 1L)
        .containsEntry("silver.cast name_present", 1L)
        .containsEntry("gold.bridge_title_cast title_exists", 2L)
        .containsEntry("gold.bridge_title_country title_exists", 1L);
  }

  @Test
  void givenDirtyFiles_run_agreesWithTheInMemoryEngineOnEveryTableAndExpectation()
      throws Exception {
    write(Feed.TITLES, dirtyTitles().bytes());
    writeDirtyLookups();

    DuckDbBaseline.run(sources(), database());

    TableTallies baseline = TableTallies.ofBaseline(database());
    assertThat(baseline).isEqualTo(InMemoryReference.run(sources()));
    assertThat(baseline.reconciles()).isTrue();
  }

  @Test
  void givenADuplicateShowId_run_keepsTheLaterRecordCleaned() throws Exception {
    write(Feed.TITLES, dirtyTitles().bytes());
    writeDirtyLookups();

    DuckDbBaseline.run(sources(), database());

    assertThat(values("SELECT title, short_title FROM gold.dim_title WHERE show_id = '1'"))
        .containsExactly("Alpha: Two", "Alpha");
    assertThat(
            values(
                "SELECT rating, coalesce(date_added::VARCHAR, 'none') FROM gold.dim_title"
                    + " WHERE show_id = '11'"))
        .containsExactly("TV-Y7", "none");
    assertThat(values("SELECT description FROM gold.dim_title WHERE show_id = '7'"))
        .containsExactly("Line one,\nline two");
  }

  @Test
  void givenAnUnknownColumnAndAnotherOrder_run_readsColumnsByNameAndRescuesTheRest()
      throws Exception {
    write(Feed.TITLES, TitleFiles.titles().movie("1", "Alpha", 90).bytes());
    writeDirtyLookups();
    write(
        Feed.DIRECTORS,
        "\uFEFF Show ID,Notes,DIRECTOR\r\n1,first,Ada\r\n".getBytes(StandardCharsets.UTF_8));

    BaselineRun run = DuckDbBaseline.run(sources(), database());

    assertThat(run.goldRows()).containsEntry("gold.bridge_title_director", 1L);
    assertThat(values("SELECT person FROM gold.bridge_title_director")).containsExactly("Ada");
    assertThat(values("SELECT _rescued_data FROM bronze.directors"))
        .containsExactly("{\"Notes\":\"first\"}");
  }

  @Test
  void givenAUtf16LookupFile_run_readsItAsTheUtf8One() throws Exception {
    write(Feed.TITLES, TitleFiles.titles().movie("1", "Alpha", 90).bytes());
    writeDirtyLookups();
    write(
        Feed.CATEGORIES,
        "\uFEFFlisted_in,show_id\r\nDramas,1\r\nComédies,1\r\n"
            .getBytes(StandardCharsets.UTF_16LE));

    BaselineRun run = DuckDbBaseline.run(sources(), database());

    assertThat(values("SELECT category FROM gold.bridge_title_category ORDER BY category"))
        .containsExactly("Comédies", "Dramas");
    assertThat(run.silverRows()).containsEntry("silver.categories", 2L);
  }

  @Test
  void givenMoreQuarantinedTitlesThanTheLimit_run_stopsBeforeSilverIsWritten() throws Exception {
    TitleFiles titles = TitleFiles.titles().movie("1", "Alpha", 90);
    for (int i = 0; i < 11; i++) {
      titles.movie("", "No id " + i, 90);
    }
    write(Feed.TITLES, titles.bytes());
    writeDirtyLookups();

    assertThatThrownBy(() -> DuckDbBaseline.run(sources(), database()))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("quarantine_limit failed on silver.titles: 11 of 12 rows");
    assertThat(values("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'silver'"))
        .containsExactly("0");
    assertThat(values("SELECT count(*) FROM bronze.titles")).containsExactly("12");
  }

  @Test
  void givenATitleFileLackingAColumn_run_failsNamingTheFileAndTheColumn() throws Exception {
    write(Feed.TITLES, "show_id,type,title\r\n1,Movie,Alpha\r\n".getBytes(StandardCharsets.UTF_8));
    writeDirtyLookups();

    assertThatThrownBy(() -> DuckDbBaseline.run(sources(), database()))
        .isInstanceOf(HeaderMatch.MissingColumnsException.class)
        .hasMessageContaining("netflix_titles.csv")
        .hasMessageContaining("duration_minutes");
  }

  /**
   * Twelve records and a broken line: five clean (one a later copy of show 1), seven with one flaw
   * each, and two of the wrong number of fields.
   */
  private static TitleFiles dirtyTitles() {
    return TitleFiles.titles()
        .withBom()
        .movie("1", "Alpha: One", 90)
        .show("2", "Beta", 2)
        .movie("3", "Gamma", 90)
        .with("duration_minutes", "90 min")
        .show("4", "Delta", 2)
        .with("duration_seasons", "one")
        .movie("", "No id", 90)
        .movie("6 6", "Spaced id", 90)
        .movie("7", "Eta", 100)
        .with("description", "Line one,\nline two")
        .with("rating", "XYZ")
        .record("95", "", "Movie", "Theta", "1/1/2020", "2020", "PG", "About", "8", "extra")
        .line("x,y")
        .movie("1", "Alpha: Two", 95)
        .movie("10", "Kappa", 90)
        .with("release_year", "20l5")
        .movie("11", "Lambda", 80)
        .with("rating", "tv-y7-fv")
        .with("date_added", "2/30/2020")
        .movie("12", "Mu", 90)
        .with("type", "Film");
  }

  /** Lookups with a padded name, an empty one, a repeated pair, orphans and an empty show id. */
  private void writeDirtyLookups() throws Exception {
    write(
        Feed.CAST,
        LookupFiles.of(Feed.CAST)
            .withBom()
            .pair("Ada", "1")
            .pair(" Ada ", "1")
            .pair("Bob", "1")
            .pair("", "2")
            .pair("Cy", "2")
            .pair("Cy", "2")
            .pair("Orphan", "99")
            .pair("Dee", "3")
            .pair("Eve", "")
            .bytes());
    write(Feed.DIRECTORS, LookupFiles.of(Feed.DIRECTORS).pair("Dir", "1").pair("Dir", "7").bytes());
    write(
        Feed.COUNTRIES,
        LookupFiles.of(Feed.COUNTRIES)
            .pair("France", "1")
            .pair("France", "2")
            .pair("Spain", "1")
            .pair("Spain", "99")
            .bytes());
    write(
        Feed.CATEGORIES,
        LookupFiles.of(Feed.CATEGORIES)
            .pair("Dramas", "1")
            .pair("Dramas", "7")
            .pair("Comedies", "11")
            .bytes());
  }

  private void write(Feed feed, byte[] content) throws Exception {
    Files.createDirectories(sources());
    Files.write(sources().resolve(feed.fileStem() + ".csv"), content);
  }

  private List<String> values(String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + database().toAbsolutePath());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
          values.add(rows.getString(i));
        }
      }
    }
    return values;
  }

  private static Map.Entry<String, Long> entry(String table, long rows) {
    return Map.entry(table, rows);
  }
}
