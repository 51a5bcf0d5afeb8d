package io.medallion.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of cases for silver's cleaning functions (function, raw input, expected output as text,
 * null for null), specified once: {@code TitleCleaning} is the reference, and every engine that
 * cleans must give the same answers.
 */
public final class CleaningCases {

  /** The cleaning functions of silver. */
  public enum Function {
    TRIM,
    RATING,
    SHORT_TITLE,
    WHOLE_NUMBER,
    DATE_ADDED
  }

  /** One case: a function, its input, and the expected output as text (ISO dates). */
  public record Case(Function function, String input, String expected) {
    @Override
    public String toString() {
      return function + "(" + quoted(input) + ") = " + quoted(expected);
    }

    private static String quoted(String v) {
      return v == null ? "NULL" : "'" + v + "'";
    }
  }

  private CleaningCases() {}

  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    add(cases, Function.TRIM, "  a b  ", "a b");
    add(cases, Function.TRIM, "\tx\n", "x");
    add(cases, Function.TRIM, "   ", "");
    add(cases, Function.TRIM, null, null);
    add(cases, Function.RATING, "TV-MA", "TV-MA");
    add(cases, Function.RATING, " tv-ma ", "TV-MA");
    add(cases, Function.RATING, "TV-Y7-FV", "TV-Y7");
    add(cases, Function.RATING, "tv-y7-fv", "TV-Y7");
    add(cases, Function.RATING, "PG-13", "PG-13");
    add(cases, Function.RATING, "NC-17", "NC-17");
    add(cases, Function.RATING, "UR", "UR");
    add(cases, Function.RATING, "TV", null);
    add(cases, Function.RATING, "74 min", null);
    add(cases, Function.RATING, "", null);
    add(cases, Function.RATING, null, null);
    add(
        cases,
        Function.SHORT_TITLE,
        "Norm of the North: King Sized Adventure",
        "Norm of the North");
    add(cases, Function.SHORT_TITLE, "No Colon", "No Colon");
    add(cases, Function.SHORT_TITLE, " Padded : Part 2", "Padded");
    add(cases, Function.SHORT_TITLE, ":Leading", "");
    add(cases, Function.SHORT_TITLE, "A: B: C", "A");
    add(cases, Function.SHORT_TITLE, null, null);
    add(cases, Function.WHOLE_NUMBER, "90", "90");
    add(cases, Function.WHOLE_NUMBER, " 90 ", "90");
    add(cases, Function.WHOLE_NUMBER, "007", "7");
    add(cases, Function.WHOLE_NUMBER, "-3", "-3");
    add(cases, Function.WHOLE_NUMBER, "+4", "4");
    add(cases, Function.WHOLE_NUMBER, "90 min", null);
    add(cases, Function.WHOLE_NUMBER, "1.5", null);
    add(cases, Function.WHOLE_NUMBER, "999999999", "999999999");
    add(cases, Function.WHOLE_NUMBER, "1000000000", null);
    add(cases, Function.WHOLE_NUMBER, "", null);
    add(cases, Function.WHOLE_NUMBER, null, null);
    add(cases, Function.DATE_ADDED, "9/9/2019", "2019-09-09");
    add(cases, Function.DATE_ADDED, "12/31/2020", "2020-12-31");
    add(cases, Function.DATE_ADDED, " 1/2/2021 ", "2021-01-02");
    add(cases, Function.DATE_ADDED, "09/09/2019", "2019-09-09");
    add(cases, Function.DATE_ADDED, "2/29/2020", "2020-02-29");
    add(cases, Function.DATE_ADDED, "2/29/2019", null);
    add(cases, Function.DATE_ADDED, "2/30/2020", null);
    add(cases, Function.DATE_ADDED, "13/1/2020", null);
    add(cases, Function.DATE_ADDED, "September 9, 2019", null);
    add(cases, Function.DATE_ADDED, "", null);
    add(cases, Function.DATE_ADDED, null, null);
    return List.copyOf(cases);
  }

  private static void add(List<Case> cases, Function function, String input, String expected) {
    cases.add(new Case(function, input, expected));
  }
}
