package io.medallion.generator;

import static io.medallion.domain.catalog.Columns.DATE_ADDED;
import static io.medallion.domain.catalog.Columns.DESCRIPTION;
import static io.medallion.domain.catalog.Columns.DURATION_MINUTES;
import static io.medallion.domain.catalog.Columns.DURATION_SEASONS;
import static io.medallion.domain.catalog.Columns.RATING;
import static io.medallion.domain.catalog.Columns.RELEASE_YEAR;
import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static io.medallion.domain.catalog.Columns.TITLE;
import static io.medallion.domain.catalog.Columns.TYPE;

import io.medallion.domain.catalog.Kind;
import io.medallion.domain.catalog.TitleCleaning;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Invents clean titles: two movies for each show, mostly recent releases added to the catalogue
 * between 2010 and 2020, ratings skewed like the tutorial's (a few empty).
 */
final class TitleInventor {

  private static final List<String> RATINGS =
      List.of(
          "TV-MA",
          "TV-14",
          "TV-PG",
          "R",
          "PG-13",
          "NR",
          "PG",
          "TV-Y7",
          "TV-G",
          "TV-Y",
          "TV-Y7-FV",
          "G",
          "",
          "UR",
          "NC-17");
  private static final List<Integer> RATING_WEIGHTS =
      List.of(203, 170, 70, 51, 29, 22, 18, 17, 15, 14, 10, 4, 2, 1, 1);
  private static final DateTimeFormatter ADDED_FORMAT =
      DateTimeFormatter.ofPattern(TitleCleaning.DATE_ADDED_PATTERN, Locale.ROOT);
  private static final List<Integer> RECENT_YEARS =
      List.of(2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020);
  private static final List<Integer> RECENT_RELEASES =
      List.of(15, 14, 18, 24, 29, 52, 83, 96, 106, 84, 3);
  private static final List<Integer> ADDITIONS = List.of(1, 1, 1, 2, 4, 9, 46, 130, 178, 235, 18);

  private final Draw draw;

  TitleInventor(Draw draw) {
    this.draw = draw;
  }

  Kind kind() {
    return draw.percent(68) ? Kind.MOVIE : Kind.TV_SHOW;
  }

  TitleRow invent(String showId, Kind kind) {
    boolean movie = kind == Kind.MOVIE;
    int released = released();
    int added = Math.max(released, draw.weighted(RECENT_YEARS, ADDITIONS));
    return TitleRow.empty()
        .with(DURATION_MINUTES, movie ? String.valueOf(minutes()) : "")
        .with(DURATION_SEASONS, movie ? "" : String.valueOf(seasons()))
        .with(TYPE, kind.label())
        .with(TITLE, TitleNames.title(draw))
        .with(DATE_ADDED, ADDED_FORMAT.format(LocalDate.ofYearDay(added, 1 + draw.below(365))))
        .with(RELEASE_YEAR, String.valueOf(released))
        .with(RATING, draw.weighted(RATINGS, RATING_WEIGHTS))
        .with(DESCRIPTION, Synopses.description(draw))
        .with(SHOW_ID, showId);
  }

  /** The title as a later update of the catalogue describes it. */
  TitleRow redescribed(TitleRow row) {
    String description = Synopses.description(draw);
    boolean same = description.equals(row.value(DESCRIPTION));
    return row.with(DESCRIPTION, same ? description + " Now remastered." : description);
  }

  /** Mostly the last ten years, with a long tail back to the 1940s. */
  private int released() {
    return draw.percent(84)
        ? draw.weighted(RECENT_YEARS, RECENT_RELEASES)
        : 2009 - draw.skewed(70, 2.5);
  }

  /** About a hundred minutes, with a few shorts and specials. */
  private int minutes() {
    return draw.percent(4) ? 3 + draw.below(55) : 60 + draw.below(35) + draw.below(45);
  }

  /** Two shows in three run a single season, the others up to nine. */
  private int seasons() {
    return draw.percent(66) ? 1 : 2 + draw.skewed(8, 3);
  }
}
