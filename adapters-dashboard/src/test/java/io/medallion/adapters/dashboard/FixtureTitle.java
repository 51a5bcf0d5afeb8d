package io.medallion.adapters.dashboard;

import io.medallion.application.port.out.ReportingView;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One title of {@link ReportingFixture}, as the gold tables know it; the views derive from it. */
record FixtureTitle(
    String showId,
    String title,
    String kind,
    long releaseYear,
    String rating,
    LocalDate dateAdded,
    Long minutes,
    Long seasons,
    List<String> countries,
    List<String> categories) {

  static final String MOVIE = "Movie";
  static final String SHOW = "TV Show";

  static FixtureTitle movie(
      String showId, String title, long year, String rating, String added, long minutes) {
    return new FixtureTitle(
        showId, title, MOVIE, year, rating, day(added), minutes, null, List.of(), List.of());
  }

  static FixtureTitle show(
      String showId, String title, long year, String rating, String added, long seasons) {
    return new FixtureTitle(
        showId, title, SHOW, year, rating, day(added), null, seasons, List.of(), List.of());
  }

  FixtureTitle in(String... countries) {
    return new FixtureTitle(
        showId,
        title,
        kind,
        releaseYear,
        rating,
        dateAdded,
        minutes,
        seasons,
        List.of(countries),
        categories);
  }

  FixtureTitle listedIn(String... categories) {
    return new FixtureTitle(
        showId,
        title,
        kind,
        releaseYear,
        rating,
        dateAdded,
        minutes,
        seasons,
        countries,
        List.of(categories));
  }

  boolean isMovie() {
    return kind.equals(MOVIE);
  }

  /** Its row of {@code v_titles}, but for {@code duration_rank}, which needs the other titles. */
  List<Object> titlesRow(Long durationRank) {
    return Arrays.asList(
        showId,
        title,
        kind,
        releaseYear,
        rating,
        dateAdded,
        minutes,
        seasons,
        names(countries),
        names(categories),
        durationRank);
  }

  private static String names(List<String> names) {
    return names.isEmpty()
        ? null
        : String.join(ReportingView.NAME_SEPARATOR, names.stream().sorted().toList());
  }

  private static LocalDate day(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
