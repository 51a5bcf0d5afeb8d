package io.medallion.testkit;

import static io.medallion.domain.quality.Rule.and;
import static io.medallion.domain.quality.Rule.between;
import static io.medallion.domain.quality.Rule.containsMatch;
import static io.medallion.domain.quality.Rule.inSet;
import static io.medallion.domain.quality.Rule.isDate;
import static io.medallion.domain.quality.Rule.isNull;
import static io.medallion.domain.quality.Rule.isWholeNumber;
import static io.medallion.domain.quality.Rule.not;
import static io.medallion.domain.quality.Rule.notBlank;
import static io.medallion.domain.quality.Rule.notNull;
import static io.medallion.domain.quality.Rule.nullOr;
import static io.medallion.domain.quality.Rule.or;

import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.quality.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of cases (rule, row of two text columns {@code a} and {@code b}, expected verdict) that
 * every engine compiling {@link Rule} must agree with, nulls included.
 */
public final class RuleCases {

  /** One case: the rule over columns a and b, their values (null allowed), and the verdict. */
  public record Case(Rule rule, String a, String b, boolean expected) {
    @Override
    public String toString() {
      return rule.sql() + " on a=" + quoted(a) + ", b=" + quoted(b) + " -> " + expected;
    }

    private static String quoted(String v) {
      return v == null ? "NULL" : "'" + v + "'";
    }
  }

  private RuleCases() {}

  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    Rule showId = containsMatch("a", NetflixMedallion.SHOW_ID_REGEX);
    Rule date = isDate("a", TitleCleaning.DATE_ADDED_PATTERN);
    add(cases, isNull("a"), null, null, true);
    add(cases, isNull("a"), "", null, false);
    add(cases, notNull("a"), "x", null, true);
    add(cases, notNull("a"), null, "x", false);
    add(cases, notBlank("a"), "x", null, true);
    add(cases, notBlank("a"), " x ", null, true);
    add(cases, notBlank("a"), "", null, false);
    add(cases, notBlank("a"), "   ", null, false);
    add(cases, notBlank("a"), "\t", null, false);
    add(cases, notBlank("a"), null, null, false);
    add(cases, showId, "81145628", null, true);
    add(cases, showId, "s1", null, true);
    add(cases, showId, "8114 5628", null, false);
    add(cases, showId, " 81145628", null, false);
    add(cases, showId, "", null, false);
    add(cases, showId, null, null, false);
    add(cases, inSet("a", "Movie", "TV Show"), "Movie", null, true);
    add(cases, inSet("a", "Movie", "TV Show"), "TV Show", null, true);
    add(cases, inSet("a", "Movie", "TV Show"), "movie", null, false);
    add(cases, inSet("a", "Movie", "TV Show"), null, null, false);
    add(cases, isWholeNumber("a"), "90", null, true);
    add(cases, isWholeNumber("a"), " 90 ", null, true);
    add(cases, isWholeNumber("a"), "-3", null, true);
    add(cases, isWholeNumber("a"), "+7", null, true);
    add(cases, isWholeNumber("a"), "90 min", null, false);
    add(cases, isWholeNumber("a"), "9.5", null, false);
    add(cases, isWholeNumber("a"), "1234567890", null, false);
    add(cases, isWholeNumber("a"), "", null, false);
    add(cases, isWholeNumber("a"), null, null, false);
    add(cases, date, "9/9/2019", null, true);
    add(cases, date, "12/31/2020", null, true);
    add(cases, date, " 1/2/2021 ", null, true);
    add(cases, date, "09/09/2019", null, true);
    add(cases, date, "2/30/2020", null, false);
    add(cases, date, "13/1/2020", null, false);
    add(cases, date, "September 9, 2019", null, false);
    add(cases, date, "", null, false);
    add(cases, date, null, null, false);
    add(cases, and(notBlank("a"), notBlank("b")), "x", "y", true);
    add(cases, and(notBlank("a"), notBlank("b")), "x", null, false);
    add(cases, and(notBlank("a"), notBlank("b")), null, null, false);
    add(cases, or(notBlank("a"), notBlank("b")), null, "y", true);
    add(cases, or(notBlank("a"), notBlank("b")), null, null, false);
    add(cases, or(notBlank("a"), notBlank("b")), "", " ", false);
    add(cases, not(notBlank("a")), null, null, true);
    add(cases, not(notBlank("a")), "x", null, false);
    add(cases, not(inSet("a", "Movie")), null, null, true);
    add(cases, nullOr("a", isWholeNumber("a")), null, null, true);
    add(cases, nullOr("a", isWholeNumber("a")), "x", null, false);
    add(cases, nullOr("a", isWholeNumber("a")), "5", null, true);
    Rule movieMinutes = or(not(inSet("a", "Movie")), isWholeNumber("b"));
    add(cases, movieMinutes, "Movie", "90", true);
    add(cases, movieMinutes, "Movie", null, false);
    add(cases, movieMinutes, "Movie", "1 Season", false);
    add(cases, movieMinutes, "TV Show", null, true);
    add(cases, movieMinutes, null, null, true);
    // Unanchored, a match anywhere in the value is enough.
    Rule someBs = containsMatch("a", "b+");
    add(cases, someBs, "abbc", null, true);
    add(cases, someBs, "ac", null, false);
    Rule rating = containsMatch("a", "(?i)^\\s*(TV\\-MA|PG\\-13|R)\\s*$");
    add(cases, rating, "TV-MA", null, true);
    add(cases, rating, " tv-ma ", null, true);
    add(cases, rating, "TV", null, false);
    add(cases, rating, "PG-13 ", null, true);
    add(cases, rating, null, null, false);
    Rule anyDate = isDate("a", "M/d/yyyy", "MMMM d, yyyy", "d-MMM-yy");
    add(cases, anyDate, "September 25, 2021", null, true);
    add(cases, anyDate, " September 25, 2021", null, true);
    add(cases, anyDate, "25-Sep-21", null, true);
    add(cases, anyDate, "9/25/2021", null, true);
    add(cases, anyDate, "February 30, 2021", null, false);
    add(cases, anyDate, "February 29, 2024", null, true);
    add(cases, anyDate, "2021-09-25", null, false);
    add(cases, anyDate, null, null, false);
    Rule year = between("a", 1900, 2100);
    add(cases, year, "2019", null, true);
    add(cases, year, " 1900 ", null, true);
    add(cases, year, "2100", null, true);
    add(cases, year, "1899", null, false);
    add(cases, year, "9999", null, false);
    add(cases, year, "0", null, false);
    add(cases, year, "20x9", null, false);
    add(cases, year, null, null, false);
    return List.copyOf(cases);
  }

  private static void add(List<Case> cases, Rule rule, String a, String b, boolean expected) {
    cases.add(new Case(rule, a, b, expected));
  }
}
