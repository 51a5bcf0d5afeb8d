package io.medallion.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.medallion.domain.catalog.CatalogueCleaning.RatingRepair;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The public catalogue's cleaning functions, one table of cases per function, nulls included. */
class CatalogueCleaningTest {

  static Stream<Arguments> names() {
    return Stream.of(
        arguments(null, List.of()),
        arguments("", List.of()),
        arguments("   ", List.of()),
        arguments(",", List.of()),
        arguments(" , ,, ", List.of()),
        arguments("Kate Winslet", List.of("Kate Winslet")),
        arguments("Kate Winslet, Leonardo DiCaprio", List.of("Kate Winslet", "Leonardo DiCaprio")),
        arguments("  A ,B,   C  ", List.of("A", "B", "C")),
        arguments("A, , B", List.of("A", "B")),
        arguments("A,\t,B,", List.of("A", "B")),
        arguments("B, A, B", List.of("B", "A")),
        arguments("A,  A ,A", List.of("A")),
        arguments("Ana, ana", List.of("Ana", "ana")),
        arguments("Chloé, Yılmaz Zoltán", List.of("Chloé", "Yılmaz Zoltán")),
        arguments("United States, India", List.of("United States", "India")));
  }

  @ParameterizedTest
  @MethodSource("names")
  void givenAMultiValuedCell_splitNames_expectsTrimmedDistinctNamesInOrder(
      String cell, List<String> expected) {
    assertThat(CatalogueCleaning.splitNames(cell)).isEqualTo(expected);
  }

  @Test
  void givenNames_splitNames_expectsAnUnmodifiableList() {
    List<String> names = CatalogueCleaning.splitNames("A, B");

    assertThatThrownBy(() -> names.add("C")).isInstanceOf(UnsupportedOperationException.class);
  }

  static Stream<Arguments> durations() {
    return Stream.of(
        arguments(null, null, null),
        arguments("", null, null),
        arguments("   ", null, null),
        arguments("90 min", 90, null),
        arguments("90min", 90, null),
        arguments("  90   min ", 90, null),
        arguments("90 MIN", 90, null),
        arguments("90\tMin", 90, null),
        arguments("1 min", 1, null),
        arguments("090 min", 90, null),
        arguments("0 min", null, null),
        arguments("000 min", null, null),
        arguments("-5 min", null, null),
        arguments("+5 min", null, null),
        arguments("9 0 min", null, null),
        arguments("90.5 min", null, null),
        arguments("90", null, null),
        arguments("min", null, null),
        arguments("abc min", null, null),
        arguments("90 mins", null, null),
        arguments("90 minutes", null, null),
        arguments("1h 30m", null, null),
        arguments("999999999 min", 999_999_999, null),
        arguments("1000000000 min", null, null),
        arguments("99999999999999999999 min", null, null),
        arguments("1 Season", null, 1),
        arguments("2 Seasons", null, 2),
        arguments("1 Seasons", null, 1),
        arguments("2 Season", null, 2),
        arguments(" 3 seasons ", null, 3),
        arguments("10SEASONS", null, 10),
        arguments("0 Seasons", null, null),
        arguments("-1 Season", null, null),
        arguments("one Season", null, null),
        arguments("Season 2", null, null),
        arguments("2 Seasons 3", null, null),
        arguments("1000000000 Seasons", null, null));
  }

  @ParameterizedTest
  @MethodSource("durations")
  void givenADuration_readMinutesAndSeasons_expectsAtMostTheFittingCount(
      String duration, Integer minutes, Integer seasons) {
    assertThat(CatalogueCleaning.minutes(duration)).as("minutes").isEqualTo(minutes);
    assertThat(CatalogueCleaning.seasons(duration)).as("seasons").isEqualTo(seasons);
  }

  static Stream<Arguments> dates() {
    return Stream.of(
        arguments(null, null),
        arguments("", null),
        arguments("  ", null),
        arguments("September 25, 2021", LocalDate.of(2021, 9, 25)),
        arguments(" September 25, 2021", LocalDate.of(2021, 9, 25)),
        arguments("September 25, 2021  ", LocalDate.of(2021, 9, 25)),
        arguments("september 5, 2021", LocalDate.of(2021, 9, 5)),
        arguments("SEPTEMBER 05, 2021", LocalDate.of(2021, 9, 5)),
        arguments("September 25,2021", null),
        arguments("September  25, 2021", null),
        arguments("Sep 25, 2021", null),
        arguments("Septembre 25, 2021", null),
        arguments("September 25, 21", null),
        arguments("25-Sep-21", LocalDate.of(2021, 9, 25)),
        arguments("5-sep-21", LocalDate.of(2021, 9, 5)),
        arguments("1-Jan-00", LocalDate.of(2000, 1, 1)),
        arguments("31-Dec-99", LocalDate.of(2099, 12, 31)),
        arguments("25-Sep-2021", null),
        arguments("25-September-21", null),
        arguments("25 Sep 21", null),
        arguments("9/25/2021", LocalDate.of(2021, 9, 25)),
        arguments("09/05/2021", LocalDate.of(2021, 9, 5)),
        arguments("9/25/21", null),
        arguments("25/9/2021", null),
        arguments("2021-09-25", null),
        arguments("February 29, 2020", LocalDate.of(2020, 2, 29)),
        arguments("February 29, 2021", null),
        arguments("February 29, 2000", LocalDate.of(2000, 2, 29)),
        arguments("2/29/1900", null),
        arguments("29-Feb-24", LocalDate.of(2024, 2, 29)),
        arguments("29-Feb-23", null),
        arguments("February 30, 2020", null),
        arguments("30-Feb-20", null),
        arguments("2/30/2020", null),
        arguments("April 31, 2021", null),
        arguments("September 0, 2021", null),
        arguments("13/1/2021", null),
        arguments("9/25/+12345", null),
        arguments("December 31, 9999", LocalDate.of(9999, 12, 31)),
        arguments("9/25/12345", null),
        arguments("yesterday", null));
  }

  @ParameterizedTest
  @MethodSource("dates")
  void givenADateAdded_parse_expectsTheCalendarDateOrNull(String raw, LocalDate expected) {
    assertThat(CatalogueCleaning.dateAdded(raw)).isEqualTo(expected);
  }

  @Test
  void givenTheDatePatterns_formatADate_expectsEachFormToParseBack() {
    LocalDate date = LocalDate.of(2021, 9, 25);

    for (String pattern : CatalogueCleaning.DATE_ADDED_PATTERNS) {
      String text = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(date);
      assertThat(CatalogueCleaning.dateAdded(text)).as(pattern).isEqualTo(date);
    }
  }

  static Stream<Arguments> ratings() {
    return Stream.of(
        arguments(null, null, new RatingRepair(null, null, false)),
        arguments("", "", new RatingRepair(null, "", false)),
        arguments("TV-MA", "90 min", new RatingRepair("TV-MA", "90 min", false)),
        arguments(" tv-ma ", "2 Seasons", new RatingRepair("TV-MA", "2 Seasons", false)),
        arguments("TV-Y7-FV", "1 Season", new RatingRepair("TV-Y7", "1 Season", false)),
        arguments("TV", "90 min", new RatingRepair(null, "90 min", false)),
        arguments("PG-13", null, new RatingRepair("PG-13", null, false)),
        arguments("74 min", "", new RatingRepair(null, "74 min", true)),
        arguments("74 min", null, new RatingRepair(null, "74 min", true)),
        arguments("74 min", "   ", new RatingRepair(null, "74 min", true)),
        arguments(" 66 min ", "", new RatingRepair(null, "66 min", true)),
        arguments("1 Season", "", new RatingRepair(null, "1 Season", true)),
        arguments("3 Seasons", null, new RatingRepair(null, "3 Seasons", true)),
        arguments("74 min", "90 min", new RatingRepair(null, "90 min", false)),
        arguments("0 min", "", new RatingRepair(null, "", false)),
        arguments("abc min", "", new RatingRepair(null, "", false)),
        arguments("TV-MA", "", new RatingRepair("TV-MA", "", false)),
        arguments(null, "90 min", new RatingRepair(null, "90 min", false)));
  }

  @ParameterizedTest
  @MethodSource("ratings")
  void givenARatingAndDuration_repairRating_expectsADurationMovedOutOfTheRating(
      String rating, String duration, RatingRepair expected) {
    assertThat(CatalogueCleaning.repairRating(rating, duration)).isEqualTo(expected);
  }
}
