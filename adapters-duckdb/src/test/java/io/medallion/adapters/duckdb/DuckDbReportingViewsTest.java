package io.medallion.adapters.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.testkit.TickingClock;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Each reporting view over five titles and their bridges, loaded from Parquet as gold is. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuckDbReportingViewsTest {

  private static final String DIM_TITLE_ROWS =
      "('s1', 'Movie', 'Alpha', DATE '2021-01-05', 2020, 'PG', 90, NULL, 1),"
          + " ('s2', 'TV Show', 'Beta', DATE '2021-01-20', 2019, 'TV-MA', NULL, 2, 2),"
          + " ('s3', 'Movie', 'Gamma', DATE '2021-03-01', 2020, 'TV-MA', 120, NULL, 1),"
          + " ('s4', 'Movie', 'Delta', NULL, 2018, NULL, 100, NULL, 1),"
          + " ('s5', 'Movie', 'Epsilon', DATE '2021-01-25', 2020, 'PG', 80, NULL, 1)";

  private Path dir;
  private DuckDbWarehouse warehouse;

  // Loaded once: every test only reads.
  @BeforeAll
  void loadGold(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    warehouse =
        new DuckDbWarehouse(
            new DuckDbConnections(dir.resolve("medallion.duckdb")), TickingClock.fromNewYear2026());
    warehouse.load(
        List.of(
            dimTitle(),
            bridge(
                GoldTable.BRIDGE_TITLE_COUNTRY,
                "('s1', 'US'), ('s1', 'France'), ('s2', 'US')" + ", ('s3', 'India'), ('s5', 'US')"),
            bridge(
                GoldTable.BRIDGE_TITLE_CATEGORY,
                "('s1', 'Dramas'), ('s2', 'Dramas')"
                    + ", ('s2', 'Comedies'), ('s3', 'Comedies'), ('s4', 'Dramas')"),
            bridge(GoldTable.BRIDGE_TITLE_DIRECTOR, "('s1', 'Ann'), ('s3', 'Ann'), ('s4', 'Bob')"),
            bridge(GoldTable.BRIDGE_TITLE_CAST, "('s1', 'Zed'), ('s2', 'Amy'), ('s2', 'Zed')")));
  }

  @Test
  void givenGold_titles_joinsEachTitleWithItsSortedCountriesAndCategories() {
    QueryResult result = warehouse.query("SELECT * FROM reporting.v_titles ORDER BY show_id");

    assertThat(result.columns())
        .containsExactly(
            "show_id",
            "title",
            "kind",
            "release_year",
            "rating",
            "date_added",
            "duration_minutes",
            "duration_seasons",
            "countries",
            "categories",
            "duration_rank");
    // duration_rank: movies by minutes, longest first (120, 100, 90, 80); a show has none.
    assertThat(result.rows())
        .containsExactly(
            row(
                "s1",
                "Alpha",
                "Movie",
                "2020",
                "PG",
                "2021-01-05",
                "90",
                null,
                "[France, US]",
                "[Dramas]",
                "3"),
            row(
                "s2",
                "Beta",
                "TV Show",
                "2019",
                "TV-MA",
                "2021-01-20",
                null,
                "2",
                "[US]",
                "[Comedies, Dramas]",
                null),
            row(
                "s3",
                "Gamma",
                "Movie",
                "2020",
                "TV-MA",
                "2021-03-01",
                "120",
                null,
                "[India]",
                "[Comedies]",
                "1"),
            row("s4", "Delta", "Movie", "2018", null, null, "100", null, "[]", "[Dramas]", "2"),
            row(
                "s5",
                "Epsilon",
                "Movie",
                "2020",
                "PG",
                "2021-01-25",
                "80",
                null,
                "[US]",
                "[]",
                "4"));
    assertThat(types("v_titles"))
        .containsEntry("countries", "VARCHAR[]")
        .containsEntry("categories", "VARCHAR[]")
        .containsEntry("date_added", "DATE")
        .containsEntry("duration_rank", "BIGINT");
  }

  @Test
  void givenGold_titlesAddedByMonth_countsPerKindWithARunningSum() {
    assertThat(rows("v_titles_added_by_month", "kind, month"))
        .containsExactly(
            row("2021-01-01", "Movie", "2", "2"),
            row("2021-03-01", "Movie", "1", "3"),
            row("2021-01-01", "TV Show", "1", "1"));
    assertThat(types("v_titles_added_by_month"))
        .containsEntry("month", "DATE")
        .containsEntry("titles", "BIGINT")
        .containsEntry("cumulative_titles", "BIGINT");
  }

  @Test
  void givenGold_topCountries_ranksByTitlesThenName() {
    assertThat(warehouse.query("SELECT * FROM reporting.v_top_countries ORDER BY rank").columns())
        .containsExactly("country", "titles", "movies", "shows", "rank");
    assertThat(rows("v_top_countries", "rank"))
        .containsExactly(
            row("US", "3", "2", "1", "1"),
            row("France", "1", "1", "0", "2"),
            row("India", "1", "1", "0", "3"));
  }

  @Test
  void givenGold_topCategories_ranksByTitlesThenName() {
    assertThat(rows("v_top_categories", "rank"))
        .containsExactly(row("Dramas", "3", "2", "1", "1"), row("Comedies", "2", "1", "1", "2"));
  }

  @Test
  void givenGold_topDirectorsAndCast_rankPeopleByName() {
    assertThat(warehouse.query("SELECT * FROM reporting.v_top_cast").columns())
        .containsExactly("name", "titles", "movies", "shows", "rank");
    assertThat(rows("v_top_directors", "rank"))
        .containsExactly(row("Ann", "2", "2", "0", "1"), row("Bob", "1", "1", "0", "2"));
    assertThat(rows("v_top_cast", "rank"))
        .containsExactly(row("Zed", "2", "1", "1", "1"), row("Amy", "1", "0", "1", "2"));
  }

  @Test
  void givenGold_ratingMix_sharesEachKindsTitlesIncludingUnrated() {
    assertThat(rows("v_rating_mix", "kind, rating NULLS LAST"))
        .containsExactly(
            row("PG", "Movie", "2", "0.5"),
            row("TV-MA", "Movie", "1", "0.25"),
            row(null, "Movie", "1", "0.25"),
            row("TV-MA", "TV Show", "1", "1.0"));
    assertThat(types("v_rating_mix")).containsEntry("share", "DOUBLE");
  }

  @Test
  void givenGold_releaseYears_countsPerYearAndKind() {
    assertThat(rows("v_release_years", "kind, release_year"))
        .containsExactly(
            row("2018", "Movie", "1"), row("2020", "Movie", "3"), row("2019", "TV Show", "1"));
  }

  @Test
  void givenGoldWithoutQuality_load_servesEveryViewAndAnEmptyQualityPanel() {
    assertThat(
            warehouse
                .query(
                    "SELECT view_name FROM duckdb_views() WHERE schema_name = 'reporting'"
                        + " ORDER BY view_name")
                .rows())
        .extracting(r -> r.get(0))
        .containsExactly(
            "v_data_quality",
            "v_quarantine_reasons",
            "v_rating_mix",
            "v_release_years",
            "v_titles",
            "v_titles_added_by_month",
            "v_top_cast",
            "v_top_categories",
            "v_top_countries",
            "v_top_directors");
    assertThat(warehouse.query("SELECT * FROM reporting.v_data_quality").rows()).isEmpty();
  }

  private List<List<String>> rows(String view, String order) {
    return warehouse.query("SELECT * FROM reporting." + view + " ORDER BY " + order).rows();
  }

  private java.util.Map<String, String> types(String view) {
    java.util.Map<String, String> types = new java.util.HashMap<>();
    warehouse
        .query(
            "SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = 'reporting' AND table_name = '"
                + view
                + "'")
        .rows()
        .forEach(r -> types.put(r.get(0), r.get(1)));
    return types;
  }

  private static List<String> row(String... values) {
    return Arrays.asList(values);
  }

  private TableSnapshot dimTitle() throws Exception {
    String select =
        "SELECT show_id, kind, title, title AS short_title, date_added, release_year, rating,"
            + " CAST(duration_minutes AS INTEGER) AS duration_minutes,"
            + " CAST(duration_seasons AS INTEGER) AS duration_seasons, 'about' AS description,"
            + " type_flag FROM (VALUES "
            + DIM_TITLE_ROWS
            + ") AS t(show_id, kind, title, date_added, release_year, rating, duration_minutes,"
            + " duration_seasons, type_flag)";
    List<Column> columns =
        GoldTable.DIM_TITLE.columns().stream().map(c -> new Column(c, dimTitleType(c))).toList();
    return new TableSnapshot(
        GoldTable.DIM_TITLE.table(),
        1,
        columns,
        List.of(ParquetFiles.write(dir.resolve("gold/dim_title/part-0.parquet"), select)));
  }

  private static ColumnType dimTitleType(String column) {
    switch (column) {
      case "date_added":
        return ColumnType.DATE;
      case "release_year":
      case "duration_minutes":
      case "duration_seasons":
      case "type_flag":
        return ColumnType.INT;
      default:
        return ColumnType.STRING;
    }
  }

  private TableSnapshot bridge(GoldTable table, String values) throws Exception {
    List<String> names = table.columns();
    String select = "SELECT * FROM (VALUES " + values + ") AS t(" + String.join(", ", names) + ")";
    return new TableSnapshot(
        table.table(),
        1,
        names.stream().map(c -> new Column(c, ColumnType.STRING)).toList(),
        List.of(ParquetFiles.write(dir.resolve(table.table().path() + "/part-0.parquet"), select)));
  }
}
