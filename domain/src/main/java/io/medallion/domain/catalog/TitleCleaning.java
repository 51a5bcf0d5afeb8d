package io.medallion.domain.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cleaning functions of silver, specified once: every engine must give the same answers (null
 * in, null out).
 */
public final class TitleCleaning {

  /** The maturity ratings silver keeps; anything else becomes null. */
  public static final List<String> KNOWN_RATINGS =
      List.of(
          "G", "PG", "PG-13", "R", "NC-17", "NR", "UR", "TV-Y", "TV-Y7", "TV-G", "TV-PG", "TV-14",
          "TV-MA");

  /** Ratings with a suffix that silver folds into a known rating. */
  public static final String FANTASY_VIOLENCE_RATING = "TV-Y7-FV";

  /** The date formats of {@code date_added} in the tutorial's files, as in {@code 9/25/2019}. */
  public static final String DATE_ADDED_PATTERN = "M/d/yyyy";

  /** A whole number as silver accepts it: optional sign, at most nine digits, no spaces inside. */
  public static final String WHOLE_NUMBER_REGEX = "^[+-]?[0-9]{1,9}$";

  /** White space at either end of a value, as every engine trims it (Java's {@code \\s}). */
  public static final String TRIM_REGEX = "^\\s+|\\s+$";

  private static final Pattern TRIM = Pattern.compile(TRIM_REGEX);
  private static final Set<String> KNOWN = Set.copyOf(KNOWN_RATINGS);
  private static final Pattern WHOLE_NUMBER = Pattern.compile(WHOLE_NUMBER_REGEX);
  private static final DateTimeFormatter DATE_ADDED =
      DateTimeFormatter.ofPattern(DATE_ADDED_PATTERN.replace("y", "u"), Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private TitleCleaning() {}

  /** The value without white space at either end; null stays null. */
  public static String trim(String raw) {
    return raw == null ? null : TRIM.matcher(raw).replaceAll("");
  }

  /**
   * The rating upper-cased and trimmed if known, {@code TV-Y7-FV} folded into {@code TV-Y7}, else
   * null. (The tutorial's {@code split(rating, '-')[0]} turned {@code TV-MA} into {@code TV}.)
   */
  public static String normaliseRating(String raw) {
    if (raw == null) {
      return null;
    }
    String rating = trim(raw).toUpperCase(Locale.ROOT);
    if (rating.equals(FANTASY_VIOLENCE_RATING)) {
      return "TV-Y7";
    }
    return KNOWN.contains(rating) ? rating : null;
  }

  /** The title up to its first ':' and trimmed; the whole title trimmed when it has none. */
  public static String shortTitle(String title) {
    if (title == null) {
      return null;
    }
    int colon = title.indexOf(':');
    return trim(colon < 0 ? title : title.substring(0, colon));
  }

  /** The whole number in {@code raw} (surrounding spaces allowed), or null when it is not one. */
  public static Integer wholeNumber(String raw) {
    if (raw == null) {
      return null;
    }
    String trimmed = trim(raw);
    return WHOLE_NUMBER.matcher(trimmed).matches() ? Integer.valueOf(trimmed) : null;
  }

  /** The date in {@code raw} as {@code M/d/yyyy} (surrounding spaces allowed), or null. */
  public static LocalDate dateAdded(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return LocalDate.parse(trim(raw), DATE_ADDED);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
