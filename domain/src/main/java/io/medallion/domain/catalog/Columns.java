package io.medallion.domain.catalog;

/**
 * The column names of the catalogue's source files, silver tables and gold tables, each written
 * once; {@code medallion.BronzeSpec} names bronze's metadata columns.
 */
public final class Columns {

  // The source files' headers (tutorial and public catalogue).

  public static final String SHOW_ID = "show_id";

  /** A title's kind as the files write it: {@code Movie} or {@code TV Show}. */
  public static final String TYPE = "type";

  public static final String TITLE = "title";
  public static final String DATE_ADDED = "date_added";
  public static final String RELEASE_YEAR = "release_year";
  public static final String RATING = "rating";
  public static final String DESCRIPTION = "description";
  public static final String DURATION_MINUTES = "duration_minutes";
  public static final String DURATION_SEASONS = "duration_seasons";

  /** The public catalogue's duration, minutes or seasons by its unit: {@code 90 min}. */
  public static final String DURATION = "duration";

  /** A cast member's name; in the public catalogue, a title's cast comma-joined. */
  public static final String CAST = "cast";

  public static final String DIRECTOR = "director";
  public static final String COUNTRY = "country";

  /** A category's name; in the public catalogue, a title's categories comma-joined. */
  public static final String LISTED_IN = "listed_in";

  // Silver and gold columns (the title dimension, the bridges, the title history).

  /** The title's {@link #TYPE}, checked: {@code Movie} or {@code TV Show}. */
  public static final String KIND = "kind";

  /** The title up to its first colon. */
  public static final String SHORT_TITLE = "short_title";

  /** The tutorial's numeric kind: 1 for a movie, 2 for a TV show. */
  public static final String TYPE_FLAG = "type_flag";

  /** A cast member's or director's name, in their bridges. */
  public static final String PERSON = "person";

  public static final String CATEGORY = "category";

  /** When a version of a title in the title history was ingested. */
  public static final String VALID_FROM = "valid_from";

  /** When the next version replaced it; null while it is current. */
  public static final String VALID_TO = "valid_to";

  public static final String IS_CURRENT = "is_current";

  // Aggregates.

  /** The distinct titles of a group. */
  public static final String TITLES = "titles";

  /** The year of {@link #DATE_ADDED}. */
  public static final String YEAR_ADDED = "year_added";

  private Columns() {}
}
