package io.medallion.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default sample looks like the tutorial's catalogue: sizes, skews and value formats. */
class SampleShapeTest {

  private static final List<String> RATINGS =
      List.of(
          "TV-MA",
          "TV-14",
          "TV-PG",
          "R",
          "PG-13",
          "NR",
          "PG",
          "TV-Y7",
          "TV-G",
          "TV-Y",
          "TV-Y7-FV",
          "G",
          "UR",
          "NC-17",
          "");

  @TempDir static Path dir;
  private static GeneratedSample sample;
  private static List<Map<String, String>> titles;

  @BeforeAll
  static void writeTheDefaultSample() throws IOException {
    sample = SampleCatalogue.write(dir, SampleCatalogue.DEFAULT_TITLES, 42);
    titles = ParsedFile.read(sample.file(Feed.TITLES)).records();
  }

  @Test
  void givenTheDefaultSample_countLookupRowsPerTitle_expectsTheTutorialsRates() throws IOException {
    assertThat(rowsPerTitle(Feed.CAST)).isBetween(6.5, 7.7);
    assertThat(rowsPerTitle(Feed.DIRECTORS)).isBetween(0.7, 0.9);
    assertThat(rowsPerTitle(Feed.COUNTRIES)).isBetween(1.0, 1.3);
    assertThat(rowsPerTitle(Feed.CATEGORIES)).isBetween(2.0, 2.4);
  }

  @Test
  void givenTheDefaultSample_countTitlesPerPerson_expectsAFewInManyTitles() throws IOException {
    for (Feed people : List.of(Feed.CAST, Feed.DIRECTORS)) {
      Map<String, Long> titlesPerName = countBy(names(people), Function.identity());
      long busiest = titlesPerName.values().stream().mapToLong(Long::longValue).max().orElseThrow();
      double median =
          titlesPerName.values().stream()
              .sorted()
              .skip(titlesPerName.size() / 2)
              .findFirst()
              .orElseThrow();
      assertThat(busiest).as(people + " busiest").isGreaterThanOrEqualTo(15);
      assertThat(busiest / median).as(people + " busiest over median").isGreaterThan(3);
    }
    Set<String> directors = new HashSet<>(names(Feed.DIRECTORS));
    directors.remove("");
    assertThat(names(Feed.CAST)).as("actors who direct").noneMatch(directors::contains);
  }

  @Test
  void givenTheDefaultSample_readTitleValues_expectsTheTutorialsFormats() {
    List<Map<String, String>> valid = titles.stream().filter(SampleShapeTest::isWellTyped).toList();
    assertThat(valid).hasSizeGreaterThan(6_100);
    assertThat(valid)
        .allSatisfy(
            r -> {
              assertThat(r.get("show_id")).matches("[0-9]{8}");
              assertThat(TitleCleaning.dateAdded(r.get("date_added"))).isNotNull();
              assertThat(r.get("date_added")).matches("[1-9][0-9]?/[1-9][0-9]?/20[0-9]{2}");
              assertThat(RATINGS).contains(r.get("rating"));
              assertThat(r.get("release_year")).matches("(19|20)[0-9]{2}");
            });
    assertThat(valid.stream().filter(r -> r.get("type").equals("Movie")))
        .allMatch(
            r ->
                r.get("duration_minutes").matches("[0-9]+") && r.get("duration_seasons").isEmpty());
    assertThat(valid.stream().filter(r -> r.get("type").equals("TV Show")))
        .allMatch(
            r ->
                r.get("duration_seasons").matches("[0-9]+") && r.get("duration_minutes").isEmpty());
  }

  @Test
  void givenTheDefaultSample_countTitleValues_expectsTheTutorialsSkews() {
    Map<String, Long> ratings = countBy(titles, r -> r.get("rating"));
    Map<String, Long> types = countBy(titles, r -> r.get("type"));
    assertThat(ratings.get("TV-MA")).isGreaterThan(ratings.get("TV-14")).isGreaterThan(1_500);
    assertThat(ratings.get("NC-17")).isLessThan(ratings.get("G"));
    assertThat(ratings.get("")).isBetween(2L, 60L);
    assertThat(types.get("Movie"))
        .isBetween(2L * types.get("TV Show") - 300, 2L * types.get("TV Show") + 300);
    assertThat(share(r -> r.get("title").contains(":"))).isBetween(0.12, 0.20);
    assertThat(share(r -> r.get("description").contains(","))).isBetween(0.6, 0.85);
    assertThat(share(r -> r.get("description").contains("\""))).isBetween(0.02, 0.06);
  }

  private static boolean isWellTyped(Map<String, String> record) {
    return !record.get("show_id").isEmpty()
        && TitleCleaning.wholeNumber(record.get("release_year")) != null
        && (TitleCleaning.wholeNumber(record.get("duration_minutes")) != null
            || TitleCleaning.wholeNumber(record.get("duration_seasons")) != null);
  }

  private static double rowsPerTitle(Feed feed) throws IOException {
    return (double) names(feed).size() / titles.size();
  }

  private static List<String> names(Feed feed) throws IOException {
    String column = feed.columns().get(0);
    return ParsedFile.read(sample.file(feed)).records().stream().map(r -> r.get(column)).toList();
  }

  private static double share(Predicate<Map<String, String>> test) {
    return (double) titles.stream().filter(test).count() / titles.size();
  }

  private static <T> Map<String, Long> countBy(Collection<T> values, Function<T, String> key) {
    return values.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
