package io.medallion.domain.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cleaning functions of the public catalogue's single-file layout, specified once: every engine
 * must give the same answers (null in, null or empty out).
 */
public final class CatalogueCleaning {

  /** What separates the names of a multi-valued column: {@code "Kate Winslet, Leo DiCaprio"}. */
  public static final String NAME_SEPARATOR = ",";

  /**
   * A movie's duration, {@code 90 min}: a count from 1 to 999,999,999 (group 1, leading zeros
   * allowed), case-blind, spaces optional; a Java and Spark regular expression.
   */
  public static final String MINUTES_REGEX = "(?i)^\\s*0*([1-9][0-9]{0,8})\\s*min\\s*$";

  /**
   * A show's duration, {@code 1 Season} or {@code 2 Seasons}, counted as {@link #MINUTES_REGEX}.
   */
  public static final String SEASONS_REGEX = "(?i)^\\s*0*([1-9][0-9]{0,8})\\s*seasons?\\s*$";

  /**
   * The forms of {@code date_added} tried in order, English month names, case-blind, after
   * trimming; two-digit years fall in 2000 to 2099, as in Spark's datetime patterns.
   */
  public static final List<String> DATE_ADDED_PATTERNS =
      List.of("MMMM d, yyyy", "d-MMM-yy", TitleCleaning.DATE_ADDED_PATTERN);

  private static final Pattern MINUTES = Pattern.compile(MINUTES_REGEX);
  private static final Pattern SEASONS = Pattern.compile(SEASONS_REGEX);
  private static final List<DateTimeFormatter> DATE_ADDED =
      DATE_ADDED_PATTERNS.stream().map(CatalogueCleaning::strict).toList();

  private CatalogueCleaning() {}

  /** A rating cell repaired: {@code repaired} when it held the duration, which moved over. */
  public record RatingRepair(String rating, String duration, boolean repaired) {}

  /**
   * The trimmed, non-empty names in order, each once (exact duplicates dropped); empty for null.
   */
  public static List<String> splitNames(String multiValued) {
    if (multiValued == null) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    for (String name : multiValued.split(NAME_SEPARATOR, -1)) {
      String trimmed = TitleCleaning.trim(name);
      if (!trimmed.isEmpty()) {
        names.add(trimmed);
      }
    }
    return List.copyOf(names);
  }

  /** The minutes of a duration like {@code 90 min}, or null (also for zero and for seasons). */
  public static Integer minutes(String duration) {
    return count(MINUTES, duration);
  }

  /**
   * The seasons of a duration like {@code 1 Season} or {@code 2 Seasons} (the plural not checked),
   * or null.
   */
  public static Integer seasons(String duration) {
    return count(SEASONS, duration);
  }

  /**
   * The date in one of {@link #DATE_ADDED_PATTERNS}, only if it exists on the calendar; or null.
   */
  public static LocalDate dateAdded(String raw) {
    // java.time reads a signed year such as +12345, which no catalogue writes
    if (raw == null || raw.indexOf('+') >= 0) {
      return null;
    }
    String text = TitleCleaning.trim(raw);
    for (DateTimeFormatter format : DATE_ADDED) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // the next form may fit
      }
    }
    return null;
  }

  /**
   * The rating and duration with a duration found in an otherwise empty duration's rating cell
   * moved over (rating null); otherwise the rating normalised and the duration untouched.
   */
  public static RatingRepair repairRating(String rating, String duration) {
    boolean durationEmpty = duration == null || TitleCleaning.trim(duration).isEmpty();
    if (durationEmpty && (minutes(rating) != null || seasons(rating) != null)) {
      return new RatingRepair(null, TitleCleaning.trim(rating), true);
    }
    return new RatingRepair(TitleCleaning.normaliseRating(rating), duration, false);
  }

  private static Integer count(Pattern pattern, String duration) {
    if (duration == null) {
      return null;
    }
    Matcher matcher = pattern.matcher(duration);
    return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
  }

  /**
   * A formatter as strict as Spark's: java.time's {@code u} years, since {@code y} needs an era.
   */
  private static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern.replace('y', 'u'))
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
