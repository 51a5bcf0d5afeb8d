package io.medallion.generator;

import static io.medallion.domain.catalog.Columns.DESCRIPTION;
import static io.medallion.domain.catalog.Columns.DURATION_MINUTES;
import static io.medallion.domain.catalog.Columns.DURATION_SEASONS;
import static io.medallion.domain.catalog.Columns.RATING;
import static io.medallion.domain.catalog.Columns.RELEASE_YEAR;
import static io.medallion.domain.catalog.Columns.SHOW_ID;
import static io.medallion.domain.catalog.Columns.TITLE;
import static io.medallion.generator.TitleRecord.MOVIE_MINUTES_NUMERIC;
import static io.medallion.generator.TitleRecord.RELEASE_YEAR_NUMERIC;
import static io.medallion.generator.TitleRecord.SHOW_ID_PRESENT;
import static io.medallion.generator.TitleRecord.SHOW_SEASONS_NUMERIC;
import static io.medallion.generator.TitleRecord.TYPE_KNOWN;

import io.medallion.domain.catalog.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A flaw of the tutorial's title file, turning a clean title into the records that carry it. Each
 * flaw hits one title in {@code oneIn}, and at least one title even in a small sample.
 */
enum TitleDirt {
  NONE(0, null),

  /** A line break in the title: the values after it land on a second record, shifted left. */
  BROKEN_TITLE(5_000, null) {
    @Override
    List<TitleRecord> records(TitleRow row, Draw draw) {
      return List.of(
          new TitleRecord(firstHalf(row, TITLE), Set.of(SHOW_ID_PRESENT, RELEASE_YEAR_NUMERIC)),
          // the show id lands under release_year: an eight-digit number is no plausible year
          new TitleRecord(
              secondHalf(row, TITLE), Set.of(SHOW_ID_PRESENT, TYPE_KNOWN, RELEASE_YEAR_NUMERIC)));
    }
  },

  /** A line break in the description: the second record holds its tail and the show id. */
  BROKEN_DESCRIPTION(5_000, null) {
    @Override
    List<TitleRecord> records(TitleRow row, Draw draw) {
      return List.of(
          new TitleRecord(firstHalf(row, DESCRIPTION), Set.of(SHOW_ID_PRESENT)),
          new TitleRecord(
              secondHalf(row, DESCRIPTION),
              Set.of(SHOW_ID_PRESENT, TYPE_KNOWN, RELEASE_YEAR_NUMERIC)));
    }
  },

  EMPTY_SHOW_ID(2_000, null) {
    @Override
    List<TitleRecord> records(TitleRow row, Draw draw) {
      return List.of(new TitleRecord(row.with(SHOW_ID, ""), Set.of(SHOW_ID_PRESENT)));
    }
  },

  MINUTES_NOT_NUMERIC(1_500, Kind.MOVIE) {
    @Override
    List<TitleRecord> records(TitleRow row, Draw draw) {
      String minutes = draw.oneOf(List.of("90 min", "abc", "1h 30m"));
      return List.of(
          new TitleRecord(row.with(DURATION_MINUTES, minutes), Set.of(MOVIE_MINUTES_NUMERIC)));
    }
  },

  SEASONS_NOT_NUMERIC(3_000, Kind.TV_SHOW) {
    @Override
    List<TitleRecord> records(TitleRow row, Draw draw) {
      String seasons = draw.oneOf(List.of("2 Seasons", "one"));
      return List.of(
          new TitleRecord(row.with(DURATION_SEASONS, seasons), Set.of(SHOW_SEASONS_NUMERIC)));
    }
  },

  YEAR_NOT_NUMERIC(2_000, null) {
    @Override
    List<TitleRecord> records(TitleRow row, Draw draw) {
      String year = draw.oneOf(List.of("abc", "199O", "20l5"));
      return List.of(new TitleRecord(row.with(RELEASE_YEAR, year), Set.of(RELEASE_YEAR_NUMERIC)));
    }
  },

  /** Written clean here; a changed copy follows later in the file. */
  DUPLICATE(1_000, null),

  /** Valid, but silver has no rating for it. */
  EMPTY_RATING(Integer.MAX_VALUE, null) {
    @Override
    List<TitleRecord> records(TitleRow row, Draw draw) {
      return List.of(TitleRecord.valid(row.with(RATING, "")));
    }
  },

  /** Valid; silver folds the rating into TV-Y7. */
  FANTASY_RATING(Integer.MAX_VALUE, null) {
    @Override
    List<TitleRecord> records(TitleRow row, Draw draw) {
      return List.of(TitleRecord.valid(row.with(RATING, "TV-Y7-FV")));
    }
  },

  /** Valid; its short title is the part before the ':'. */
  COLON_TITLE(Integer.MAX_VALUE, null) {
    @Override
    List<TitleRecord> records(TitleRow row, Draw draw) {
      return List.of(TitleRecord.valid(row.with(TITLE, TitleNames.colonTitle(draw))));
    }
  };

  private final int oneIn;
  private final Kind kind;

  TitleDirt(int oneIn, Kind kind) {
    this.oneIn = oneIn;
    this.kind = kind;
  }

  /** How many titles of a sample carry this flaw; none are planned to be clean. */
  int count(int titles) {
    return oneIn == 0 ? 0 : Math.max(1, titles / oneIn);
  }

  /**
   * Whether silver keeps a title with this flaw from a file of {@code layout}: the catalogue writes
   * a title the tutorial's export broke over two lines whole.
   */
  boolean keepsTitle(Layout layout) {
    switch (this) {
      case BROKEN_TITLE:
      case BROKEN_DESCRIPTION:
        return layout == Layout.CATALOGUE;
      case EMPTY_SHOW_ID:
      case MINUTES_NOT_NUMERIC:
      case SEASONS_NOT_NUMERIC:
      case YEAR_NOT_NUMERIC:
        return false;
      default:
        return true;
    }
  }

  /** The kind this flaw needs, or {@code drawn} when any will do. */
  Kind kindOr(Kind drawn) {
    return kind == null ? drawn : kind;
  }

  /** The records a clean title turns into. */
  List<TitleRecord> records(TitleRow row, Draw draw) {
    return List.of(TitleRecord.valid(row));
  }

  /** The record up to the break, inside {@code column}'s text, padded with empty values. */
  private static TitleRow firstHalf(TitleRow row, String column) {
    List<String> values = new ArrayList<>(row.before(column));
    values.add(head(row.value(column)));
    return TitleRow.padded(values);
  }

  /** The record after the break, ending the stray quote that opened it, padded likewise. */
  private static TitleRow secondHalf(TitleRow row, String column) {
    List<String> values = new ArrayList<>();
    values.add(tail(row.value(column)) + "\"");
    values.addAll(row.after(column));
    return TitleRow.padded(values);
  }

  private static String head(String text) {
    return text.substring(0, breakAt(text));
  }

  private static String tail(String text) {
    return text.substring(breakAt(text));
  }

  /** A space in the middle of the text; every invented title and description has one. */
  private static int breakAt(String text) {
    int middle = text.indexOf(' ', text.length() / 2);
    return middle > 0 ? middle : text.lastIndexOf(' ');
  }
}
