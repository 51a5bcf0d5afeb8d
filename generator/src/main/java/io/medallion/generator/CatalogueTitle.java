package io.medallion.generator;

import static io.medallion.domain.catalog.Columns.DATE_ADDED;
import static io.medallion.domain.catalog.Columns.DESCRIPTION;
import static io.medallion.domain.catalog.Columns.DURATION_MINUTES;
import static io.medallion.domain.catalog.Columns.DURATION_SEASONS;
import static io.medallion.domain.catalog.Columns.RATING;
import static io.medallion.domain.catalog.Columns.RELEASE_YEAR;
import static io.medallion.domain.catalog.Columns.TITLE;
import static io.medallion.domain.catalog.Columns.TYPE;
import static io.medallion.generator.TitleRecord.MOVIE_MINUTES_NUMERIC;
import static io.medallion.generator.TitleRecord.SHOW_SEASONS_NUMERIC;

import io.medallion.domain.catalog.CatalogueCleaning;
import io.medallion.domain.catalog.Kind;
import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.medallion.Feed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A record of the catalogue layout, made from a title of the tutorial layout: its values first,
 * then the names of each list as they come.
 */
final class CatalogueTitle {

  private static final DateTimeFormatter LONG_DATE = date(0);
  private static final DateTimeFormatter SHORT_DATE = date(1);

  private final String showId;
  private final TitleRow row;
  private final Set<String> failures;
  private final CatalogueFlaw flaw;
  private final Map<Feed, List<String>> names;

  private CatalogueTitle(
      String showId,
      TitleRow row,
      Set<String> failures,
      CatalogueFlaw flaw,
      Map<Feed, List<String>> names) {
    this.showId = showId;
    this.row = row;
    this.failures = failures;
    this.flaw = flaw;
    this.names = names;
  }

  /** The title at {@code index} as the tutorial layout wrote it, flaws carried over. */
  static CatalogueTitle of(
      int index, TitleRow clean, List<TitleRecord> records, CatalogueFlaw flaw) {
    // what the tutorial's export broke over two lines, a properly quoted file writes whole
    TitleRecord whole = records.size() == 1 ? records.get(0) : TitleRecord.valid(clean);
    String showId = whole.showId().isBlank() ? "" : SampleCatalogue.catalogueId(index);
    Map<Feed, List<String>> names = new EnumMap<>(Feed.class);
    Feed.lookups().forEach(feed -> names.put(feed, new ArrayList<>()));
    return new CatalogueTitle(showId, whole.row(), whole.failures(), flaw, names);
  }

  /** The same title as a later update describes it, its names shared. */
  CatalogueTitle updatedTo(TitleRow update) {
    return new CatalogueTitle(showId, update, failures, flaw, names);
  }

  /** Adds a name to a list; an empty one goes second, so that it sits between two commas. */
  void add(Feed feed, String name) {
    List<String> list = names.get(feed);
    list.add(name.isBlank() && !list.isEmpty() ? 1 : list.size(), name);
  }

  List<String> values() {
    boolean moved = flaw == CatalogueFlaw.RATING_IN_DURATION;
    return List.of(
        showId,
        row.value(TYPE),
        row.value(TITLE),
        joined(Feed.DIRECTORS),
        joined(Feed.CAST),
        joined(Feed.COUNTRIES),
        dateAdded(),
        row.value(RELEASE_YEAR),
        moved ? duration() : row.value(RATING),
        moved ? "" : duration(),
        joined(Feed.CATEGORIES),
        row.value(DESCRIPTION));
  }

  String showId() {
    return showId;
  }

  Set<String> failures() {
    return failures;
  }

  boolean isValid() {
    return failures.isEmpty();
  }

  boolean isRepaired() {
    return flaw == CatalogueFlaw.RATING_IN_DURATION;
  }

  List<String> names(Feed feed) {
    return List.copyOf(names.get(feed));
  }

  private String joined(Feed feed) {
    return String.join(", ", names.get(feed));
  }

  private String duration() {
    if (failures.contains(MOVIE_MINUTES_NUMERIC)) {
      return "abc min";
    }
    if (failures.contains(SHOW_SEASONS_NUMERIC)) {
      return "abc Seasons";
    }
    if (row.value(TYPE).equals(Kind.MOVIE.label())) {
      return row.value(DURATION_MINUTES) + " min";
    }
    String seasons = row.value(DURATION_SEASONS);
    return seasons + (seasons.equals("1") ? " Season" : " Seasons");
  }

  private String dateAdded() {
    LocalDate date = TitleCleaning.dateAdded(row.value(DATE_ADDED));
    if (flaw == CatalogueFlaw.SHORT_DATE) {
      return SHORT_DATE.format(date);
    }
    return (flaw == CatalogueFlaw.PADDED_DATE ? " " : "") + LONG_DATE.format(date);
  }

  /** The form the domain reads at {@code position} of its date patterns, with English months. */
  private static DateTimeFormatter date(int position) {
    return DateTimeFormatter.ofPattern(
        CatalogueCleaning.DATE_ADDED_PATTERNS.get(position), Locale.ENGLISH);
  }
}
