package io.medallion.generator;

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

  private static final DateTimeFormatter DATE_ADDED =
      DateTimeFormatter.ofPattern(TitleCleaning.DATE_ADDED_PATTERN, Locale.ROOT);

  private final Draw draw;
  private final TitleInventor inventor;

  TitleRevision(Draw draw, TitleInventor inventor) {
    this.draw = draw;
    this.inventor = inventor;
  }

  TitleRow revised(TitleRow row) {
    LocalDate added = TitleCleaning.dateAdded(row.value("date_added"));
    TitleRow revised =
        inventor
            .redescribed(row)
            .with("date_added", DATE_ADDED.format(added.plusDays(1 + draw.below(365))));
    return draw.percent(25) ? longer(revised) : revised;
  }

  private TitleRow longer(TitleRow row) {
    if (row.value("type").equals(Kind.MOVIE.label())) {
      return row.with("duration_minutes", plus(row.value("duration_minutes"), 1 + draw.below(30)));
    }
    return row.with("duration_seasons", plus(row.value("duration_seasons"), 1));
  }

  private static String plus(String number, int more) {
    return String.valueOf(Integer.parseInt(number) + more);
  }
}
