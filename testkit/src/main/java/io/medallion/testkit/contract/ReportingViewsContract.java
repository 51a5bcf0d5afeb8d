package io.medallion.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import io.medallion.application.port.out.Warehouse;
import io.medallion.domain.medallion.GoldTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What every {@link Warehouse} serves as the reporting views over gold: each view's rows, typed and
 * ordered as {@link ReportingView} defines them, over one small gold lake of five titles (a show, a
 * movie without a date or rating, titles without countries or categories, ties in the rankings).
 * The lake is loaded once; every test only reads. The quality views are {@link
 * WarehouseQualityContract}'s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class ReportingViewsContract {

  private Warehouse warehouse;

  /** A new warehouse holding no gold table and no record of any load. */
  protected abstract Warehouse newWarehouse() throws Exception;

  /**
   * Version 1 of a gold table holding {@code rows} (Strings, Integers, LocalDates or nulls, in the
   * columns' order), as a snapshot the warehouses of {@link #newWarehouse()} can load.
   */
  protected abstract TableSnapshot snapshot(GoldTable table, List<Column> columns, List<Row> rows)
      throws Exception;

  /** One row of a table or a view, its values in its columns' order. */
  public record Row(List<Object> values) {

    static Row of(Object... values) {
      return new Row(Arrays.asList(values));
    }
  }

  @BeforeAll
  void loadTheSmallLake() throws Exception {
    warehouse = newWarehouse();
    warehouse.load(
        List.of(
            snapshot(GoldTable.DIM_TITLE, DIM_TITLE_COLUMNS, titles()),
            bridge(
                GoldTable.BRIDGE_TITLE_COUNTRY, "s1 US", "s1 France", "s2 US", "s3 India", "s5 US"),
            bridge(
                GoldTable.BRIDGE_TITLE_CATEGORY,
                "s1 Dramas",
                "s2 Dramas",
                "s2 Comedies",
                "s3 Comedies",
                "s4 Dramas"),
            bridge(GoldTable.BRIDGE_TITLE_DIRECTOR, "s1 Ann", "s3 Ann", "s4 Bob"),
            bridge(GoldTable.BRIDGE_TITLE_CAST, "s1 Zed", "s2 Amy", "s2 Zed")));
  }

  @Test
  void givenGold_titles_joinsEachTitleWithItsSortedCountriesAndCategoriesAndRanksMovies() {
    // duration_rank: movies by minutes, longest first (120, 100, 90, 80); a show has none.
    assertThat(rows(ReportingView.V_TITLES))
        .containsExactly(
            row(
                "s1",
                "Alpha",
                "Movie",
                2020L,
                "PG",
                day(2021, 1, 5),
                90L,
                null,
                "France, US",
                "Dramas",
                3L),
            row(
                "s2",
                "Beta",
                "TV Show",
                2019L,
                "TV-MA",
                day(2021, 1, 20),
                null,
                2L,
                "US",
                "Comedies, Dramas",
                null),
            row(
                "s3",
                "Gamma",
                "Movie",
                2020L,
                "TV-MA",
                day(2021, 3, 1),
                120L,
                null,
                "India",
                "Comedies",
                1L),
            row("s4", "Delta", "Movie", 2018L, null, null, 100L, null, null, "Dramas", 2L),
            row(
                "s5",
                "Epsilon",
                "Movie",
                2020L,
                "PG",
                day(2021, 1, 25),
                80L,
                null,
                "US",
                null,
                4L));
  }

  @Test
  void givenGold_titlesAddedByMonth_countsPerKindWithARunningSum() {
    assertThat(rows(ReportingView.V_TITLES_ADDED_BY_MONTH))
        .containsExactly(
            List.of(day(2021, 1, 1), "Movie", 2L, 2L),
            List.of(day(2021, 3, 1), "Movie", 1L, 3L),
            List.of(day(2021, 1, 1), "TV Show", 1L, 1L));
  }

  @Test
  void givenGold_topCountries_ranksByTitlesThenName() {
    assertThat(rows(ReportingView.V_TOP_COUNTRIES))
        .containsExactly(
            List.of("US", 3L, 2L, 1L, 1L),
            List.of("France", 1L, 1L, 0L, 2L),
            List.of("India", 1L, 1L, 0L, 3L));
  }

  @Test
  void givenGold_topCategories_ranksByTitlesThenName() {
    assertThat(rows(ReportingView.V_TOP_CATEGORIES))
        .containsExactly(List.of("Dramas", 3L, 2L, 1L, 1L), List.of("Comedies", 2L, 1L, 1L, 2L));
  }

  @Test
  void givenGold_topDirectorsAndCast_rankPeopleByTitlesThenName() {
    assertThat(rows(ReportingView.V_TOP_DIRECTORS))
        .containsExactly(List.of("Ann", 2L, 2L, 0L, 1L), List.of("Bob", 1L, 1L, 0L, 2L));
    assertThat(rows(ReportingView.V_TOP_CAST))
        .containsExactly(List.of("Zed", 2L, 1L, 1L, 1L), List.of("Amy", 1L, 0L, 1L, 2L));
  }

  @Test
  void givenGold_ratingMix_sharesEachKindsTitlesIncludingUnrated() {
    assertThat(rows(ReportingView.V_RATING_MIX))
        .containsExactly(
            List.of("PG", "Movie", 2L, 0.5),
            List.of("TV-MA", "Movie", 1L, 0.25),
            row(null, "Movie", 1L, 0.25),
            List.of("TV-MA", "TV Show", 1L, 1.0));
  }

  @Test
  void givenGold_releaseYears_countsPerYearAndKind() {
    assertThat(rows(ReportingView.V_RELEASE_YEARS))
        .containsExactly(
            List.of(2018L, "Movie", 1L),
            List.of(2019L, "TV Show", 1L),
            List.of(2020L, "Movie", 3L));
  }

  @Test
  void givenGoldWithoutAnyRunsQuality_dataQuality_isEmpty() {
    assertThat(rows(ReportingView.V_DATA_QUALITY)).isEmpty();
    assertThat(rows(ReportingView.V_QUARANTINE_REASONS)).isEmpty();
  }

  // Last: a warehouse that is one shared database (a Synapse pool) is emptied by a new warehouse.
  @Test
  @Order(Integer.MAX_VALUE)
  void givenNoGoldLoaded_titles_failsNamingTheView() throws Exception {
    Warehouse empty = newWarehouse();

    assertThatThrownBy(() -> empty.view(ReportingView.V_TITLES)).hasMessageContaining("v_titles");
  }

  private List<List<Object>> rows(ReportingView view) {
    return warehouse.view(view).rows();
  }

  private static final List<Column> DIM_TITLE_COLUMNS =
      GoldTable.DIM_TITLE.columns().stream().map(c -> new Column(c, dimTitleType(c))).toList();

  private static ColumnType dimTitleType(String column) {
    return switch (column) {
      case "date_added" -> ColumnType.DATE;
      case "release_year", "duration_minutes", "duration_seasons", "type_flag" -> ColumnType.INT;
      default -> ColumnType.STRING;
    };
  }

  // In dim_title's column order: show_id, kind, title, short_title, date_added, release_year,
  // rating, duration_minutes, duration_seasons, description, type_flag.
  private static List<Row> titles() {
    return List.of(
        Row.of("s1", "Movie", "Alpha", "Alpha", day(2021, 1, 5), 2020, "PG", 90, null, "a", 1),
        Row.of("s2", "TV Show", "Beta", "Beta", day(2021, 1, 20), 2019, "TV-MA", null, 2, "b", 2),
        Row.of("s3", "Movie", "Gamma", "Gamma", day(2021, 3, 1), 2020, "TV-MA", 120, null, "c", 1),
        Row.of("s4", "Movie", "Delta", "Delta", null, 2018, null, 100, null, "d", 1),
        Row.of("s5", "Movie", "Epsilon", "Eps", day(2021, 1, 25), 2020, "PG", 80, null, "e", 1));
  }

  // Each pair is "show_id value".
  private TableSnapshot bridge(GoldTable table, String... pairs) throws Exception {
    List<Column> columns =
        table.columns().stream().map(c -> new Column(c, ColumnType.STRING)).toList();
    List<Row> rows = new ArrayList<>();
    for (String pair : pairs) {
      rows.add(Row.of((Object[]) pair.split(" ", 2)));
    }
    return snapshot(table, columns, rows);
  }

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }
}
