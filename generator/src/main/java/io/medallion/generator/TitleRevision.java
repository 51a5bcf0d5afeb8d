package io.medallion.generator;

import static io.medallion.domain.catalog.Columns.DATE_ADDED;
import static io.medallion.domain.catalog.Columns.DURATION_MINUTES;
import static io.medallion.domain.catalog.Columns.DURATION_SEASONS;
import static io.medallion.domain.catalog.Columns.TYPE;

import io.medallion.domain.catalog.Kind;
import io.medallion.domain.catalog.TitleCleaning;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A later version of a valid title, as a catalogue update gives it: another description, added
 * again up to a year later (so never the same record as before), and one in four times a new season
 * or a longer cut.
 */
final class TitleRevision {

  private static final DateTimeFormatter ADDED_FORMAT =
      DateTimeFormatter.ofPattern(TitleCleaning.DATE_ADDED_PATTERN, Locale.ROOT);

  private final Draw draw;
  private final TitleInventor inventor;

  TitleRevision(Draw draw, TitleInventor inventor) {
    this.draw = draw;
    this.inventor = inventor;
  }

  TitleRow revised(TitleRow row) {
    LocalDate added = TitleCleaning.dateAdded(row.value(DATE_ADDED));
    TitleRow revised =
        inventor
            .redescribed(row)
            .with(DATE_ADDED, ADDED_FORMAT.format(added.plusDays(1 + draw.below(365))));
    return draw.percent(25) ? longer(revised) : revised;
  }

  private TitleRow longer(TitleRow row) {
    if (row.value(TYPE).equals(Kind.MOVIE.label())) {
      return row.with(DURATION_MINUTES, plus(row.value(DURATION_MINUTES), 1 + draw.below(30)));
    }
    return row.with(DURATION_SEASONS, plus(row.value(DURATION_SEASONS), 1));
  }

  private static String plus(String number, int more) {
    return String.valueOf(Integer.parseInt(number) + more);
  }
}
