package io.medallion.testkit;

import io.medallion.domain.medallion.CatalogueConform;
import io.medallion.domain.medallion.Feed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Cases for how a record of the public catalogue's layout is conformed (the raw record, the
 * conformed title's duration and rating values, the names it gives one lookup feed), specified
 * once: {@code CatalogueConform} is the reference, and every engine that conforms must agree.
 */
public final class CatalogueConformCases {

  /** The values of a conformed title the cases pin down, as text, null for null. */
  public record Title(
      String durationMinutes, String durationSeasons, String rating, String durationFromRating) {

    /** The pinned values of a conformed title, read by column name. */
    public static Title of(Function<String, String> conformed) {
      return new Title(
          conformed.apply("duration_minutes"),
          conformed.apply("duration_seasons"),
          conformed.apply("rating"),
          conformed.apply(CatalogueConform.DURATION_FROM_RATING));
    }
  }

  /**
   * One case: a record holding every column of the catalogue layout in file order (null for an
   * empty field), the title it conforms to, and the names it gives the {@code lookup} feed.
   */
  public record Case(
      String name, Map<String, String> record, Title title, Feed lookup, List<String> names) {

    public Case {
      // Values may be null, which Map.copyOf refuses.
      record = Collections.unmodifiableMap(new LinkedHashMap<>(record));
      names = List.copyOf(names);
    }

    @Override
    public String toString() {
      return name + ": " + record;
    }
  }

  private CatalogueConformCases() {}

  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case(
            "minutes",
            record(),
            new Title("90", null, "PG-13", null),
            Feed.DIRECTORS,
            List.of("Kirsten Johnson")));
    cases.add(
        new Case(
            "seasons",
            record("type", "TV Show", "duration", "2 Seasons", "rating", "TV-MA"),
            new Title(null, "2", "TV-MA", null),
            Feed.CAST,
            List.of("Ama Qamata", "Khosi Ngema")));
    cases.add(
        new Case(
            "one season",
            record("type", "TV Show", "duration", "1 Season"),
            new Title(null, "1", "PG-13", null),
            Feed.COUNTRIES,
            List.of("United States")));
    cases.add(
        new Case(
            "padded minutes with a leading zero",
            record("duration", " 074 min ", "listed_in", "International TV Shows, TV Dramas"),
            new Title("74", null, "PG-13", null),
            Feed.CATEGORIES,
            List.of("International TV Shows", "TV Dramas")));
    cases.add(
        new Case(
            "a duration of neither unit kept raw under both",
            record("duration", "abc min", "director", "Ann, Bo, Ann"),
            new Title("abc min", "abc min", "PG-13", null),
            Feed.DIRECTORS,
            List.of("Ann", "Bo")));
    cases.add(
        new Case(
            "zero minutes is of neither unit",
            record("duration", "0 min", "country", "United States,, ,India"),
            new Title("0 min", "0 min", "PG-13", null),
            Feed.COUNTRIES,
            List.of("United States", "India")));
    cases.add(
        new Case(
            "minutes in the rating of an empty duration moved",
            record("duration", "", "rating", "74 min", "cast", null),
            new Title("74", null, null, "74 min"),
            Feed.CAST,
            List.of()));
    cases.add(
        new Case(
            "minutes in the rating of a null duration moved",
            record("duration", null, "rating", "74 min", "listed_in", ""),
            new Title("74", null, null, "74 min"),
            Feed.CATEGORIES,
            List.of()));
    cases.add(
        new Case(
            "padded seasons in the rating of a blank duration moved trimmed",
            record("type", "TV Show", "duration", "  ", "rating", " 1 Season ", "director", " , "),
            new Title(null, "1", null, "1 Season"),
            Feed.DIRECTORS,
            List.of()));
    cases.add(
        new Case(
            "seasons in the rating of a null duration moved",
            record("type", "TV Show", "duration", null, "rating", "2 Seasons", "cast", "ann, Ann"),
            new Title(null, "2", null, "2 Seasons"),
            Feed.CAST,
            List.of("ann", "Ann")));
    cases.add(
        new Case(
            "minutes in the rating beside a duration not moved",
            record("rating", "74 min", "cast", "  Khosi Ngema  ,Ama Qamata"),
            new Title("90", null, "74 min", null),
            Feed.CAST,
            List.of("Khosi Ngema", "Ama Qamata")));
    cases.add(
        new Case(
            "a rating beside a null duration kept",
            record("duration", null, "rating", "TV-MA", "country", "India,"),
            new Title(null, null, "TV-MA", null),
            Feed.COUNTRIES,
            List.of("India")));
    cases.add(
        new Case(
            "a rating beside an empty duration kept, the duration too",
            record("duration", "", "rating", "TV-MA", "listed_in", null),
            new Title("", "", "TV-MA", null),
            Feed.CATEGORIES,
            List.of()));
    cases.add(
        new Case(
            "a null rating",
            record("rating", null, "director", "Louis C.K."),
            new Title("90", null, null, null),
            Feed.DIRECTORS,
            List.of("Louis C.K.")));
    cases.add(
        new Case(
            "a rating kept raw, normalised only in silver",
            record("type", "TV Show", "duration", "3 seasons", "rating", " tv-ma "),
            new Title(null, "3", " tv-ma ", null),
            Feed.COUNTRIES,
            List.of("United States")));
    cases.add(
        new Case(
            "minutes without a space, in capitals",
            record("duration", "90MIN", "listed_in", "Dramas, Dramas , Dramas"),
            new Title("90", null, "PG-13", null),
            Feed.CATEGORIES,
            List.of("Dramas")));
    cases.add(
        new Case(
            "minutes past nine digits of neither unit",
            record("duration", "1234567890 min"),
            new Title("1234567890 min", "1234567890 min", "PG-13", null),
            Feed.CAST,
            List.of("Ama Qamata", "Khosi Ngema")));
    cases.add(
        new Case(
            "a plural for one season",
            record("type", "TV Show", "duration", "1 Seasons", "country", null),
            new Title(null, "1", "PG-13", null),
            Feed.COUNTRIES,
            List.of()));
    cases.add(
        new Case(
            "negative minutes of neither unit",
            record("duration", "-5 min", "rating", "R"),
            new Title("-5 min", "-5 min", "R", null),
            Feed.DIRECTORS,
            List.of("Kirsten Johnson")));
    cases.add(
        new Case(
            "a rating of neither unit beside a null duration not moved",
            record("duration", null, "rating", "abc min"),
            new Title(null, null, "abc min", null),
            Feed.CATEGORIES,
            List.of("Documentaries")));
    cases.add(
        new Case(
            "zero minutes in the rating not moved",
            record("duration", null, "rating", "0 min"),
            new Title(null, null, "0 min", null),
            Feed.DIRECTORS,
            List.of("Kirsten Johnson")));
    cases.add(
        new Case(
            "tabs and line breaks around a duration and names",
            record("duration", "\t90 min\n", "cast", "\tAda\t,Bob\n"),
            new Title("90", null, "PG-13", null),
            Feed.CAST,
            List.of("Ada", "Bob")));
    return List.copyOf(cases);
  }

  /**
   * A clean movie's record with {@code changes} (column, value, column, value, ...; a null value
   * for an empty field) applied.
   */
  private static Map<String, String> record(String... changes) {
    Map<String, String> record = new LinkedHashMap<>();
    List<String> values =
        List.of(
            "s1",
            "Movie",
            "Dick Johnson Is Dead",
            "Kirsten Johnson",
            "Ama Qamata, Khosi Ngema",
            "United States",
            "September 25, 2021",
            "2020",
            "PG-13",
            "90 min",
            "Documentaries",
            "A father's end");
    for (int i = 0; i < values.size(); i++) {
      record.put(Feed.CATALOGUE.columns().get(i), values.get(i));
    }
    for (int i = 0; i < changes.length; i += 2) {
      if (!record.containsKey(changes[i])) {
        throw new IllegalArgumentException("no column " + changes[i] + " in the catalogue");
      }
      record.put(changes[i], changes[i + 1]);
    }
    return record;
  }
}
