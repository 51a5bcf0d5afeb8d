package io.medallion.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Cases for the public catalogue's cleaning functions (function, raw input, expected output as
 * text: a list as {@code [a, b]}, a date as ISO, null for null), specified once: {@code
 * CatalogueCleaning} is the reference, and every engine that cleans must agree.
 */
public final class CatalogueCleaningCases {

  /** The catalogue's cleaning functions. */
  public enum Function {
    SPLIT_NAMES,
    MINUTES,
    SEASONS,
    DATE_ADDED
  }

  /** One case: a function, its input, and the expected output as text. */
  public record Case(Function function, String input, String expected) {
    @Override
    public String toString() {
      return function + "(" + (input == null ? "NULL" : "'" + input + "'") + ") = " + expected;
    }
  }

  private CatalogueCleaningCases() {}

  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    add(
        cases,
        Function.SPLIT_NAMES,
        "Kate Winslet, Leonardo DiCaprio",
        "[Kate Winslet, Leonardo DiCaprio]");
    add(cases, Function.SPLIT_NAMES, "A, , B", "[A, B]");
    add(cases, Function.SPLIT_NAMES, " A ,A,B ", "[A, B]");
    add(cases, Function.SPLIT_NAMES, "Solo", "[Solo]");
    add(cases, Function.SPLIT_NAMES, " , ", "[]");
    add(cases, Function.SPLIT_NAMES, "", "[]");
    add(cases, Function.SPLIT_NAMES, null, "[]");
    add(cases, Function.MINUTES, "90 min", "90");
    add(cases, Function.MINUTES, " 90 min ", "90");
    add(cases, Function.MINUTES, "90min", "90");
    add(cases, Function.MINUTES, "90 MIN", "90");
    add(cases, Function.MINUTES, "007 min", "7");
    add(cases, Function.MINUTES, "0 min", null);
    add(cases, Function.MINUTES, "-5 min", null);
    add(cases, Function.MINUTES, "abc min", null);
    add(cases, Function.MINUTES, "2 Seasons", null);
    add(cases, Function.MINUTES, "1234567890 min", null);
    add(cases, Function.MINUTES, null, null);
    add(cases, Function.SEASONS, "1 Season", "1");
    add(cases, Function.SEASONS, "2 Seasons", "2");
    add(cases, Function.SEASONS, "1 Seasons", "1");
    add(cases, Function.SEASONS, "3 seasons", "3");
    add(cases, Function.SEASONS, "90 min", null);
    add(cases, Function.SEASONS, "0 Seasons", null);
    add(cases, Function.SEASONS, "", null);
    add(cases, Function.SEASONS, null, null);
    add(cases, Function.DATE_ADDED, "September 25, 2021", "2021-09-25");
    add(cases, Function.DATE_ADDED, " September 25, 2021", "2021-09-25");
    add(cases, Function.DATE_ADDED, "25-Sep-21", "2021-09-25");
    add(cases, Function.DATE_ADDED, "1-Jan-00", "2000-01-01");
    add(cases, Function.DATE_ADDED, "9/25/2021", "2021-09-25");
    add(cases, Function.DATE_ADDED, "February 29, 2020", "2020-02-29");
    add(cases, Function.DATE_ADDED, "February 29, 2021", null);
    add(cases, Function.DATE_ADDED, "February 30, 2020", null);
    add(cases, Function.DATE_ADDED, "31-Apr-21", null);
    add(cases, Function.DATE_ADDED, "2021-09-25", null);
    add(cases, Function.DATE_ADDED, "", null);
    add(cases, Function.DATE_ADDED, null, null);
    return List.copyOf(cases);
  }

  private static void add(List<Case> cases, Function function, String input, String expected) {
    cases.add(new Case(function, input, expected));
  }
}
