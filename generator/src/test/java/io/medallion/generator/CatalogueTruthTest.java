package io.medallion.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.catalog.CatalogueCleaning;
import io.medallion.domain.catalog.CatalogueCleaning.RatingRepair;
import io.medallion.domain.catalog.TitleCleaning;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.Expectation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counts a catalogue sample reports, against its file as Commons CSV reads it and the domain's
 * catalogue cleaning judges it; and its titles against the tutorial layout's of the same seed.
 */
class CatalogueTruthTest {

  private static final Map<String, Feed> LISTS =
      Map.of(
          "director", Feed.DIRECTORS,
          "cast", Feed.CAST,
          "country", Feed.COUNTRIES,
          "listed_in", Feed.CATEGORIES);

  private static final List<Expectation> TUTORIAL_QUARANTINE =
      NetflixMedallion.silver().stream()
          .filter(spec -> spec.feed() == Feed.TITLES)
          .flatMap(spec -> spec.expectations().stream())
          .filter(e -> e.action() == Action.QUARANTINE)
          .toList();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {50, SampleCatalogue.DEFAULT_TITLES})
  void givenACatalogue_judgeTitles_expectsTheReportedCounts(int size) throws IOException {
    TitleCounts reported = catalogue(size, 7).titles();
    List<Map<String, String>> records = records();

    List<Map<String, String>> valid = records.stream().filter(r -> failures(r).isEmpty()).toList();
    Set<String> validIds = valid.stream().map(r -> r.get("show_id")).collect(Collectors.toSet());
    assertThat(reported.records()).isEqualTo(records.size());
    assertThat(reported.missingShowId()).isEqualTo(count(records, r -> r.get("show_id").isBlank()));
    assertThat(reported.validTitles()).isEqualTo(validIds.size());
    assertThat(reported.duplicateRecords()).isEqualTo(valid.size() - validIds.size());
    assertThat(reported.quarantinedRecords()).isEqualTo(records.size() - valid.size());
    assertThat(reported.repairedRatings()).isEqualTo(count(records, r -> repair(r).repaired()));
    Map<String, Long> reasons =
        records.stream()
            .flatMap(r -> failures(r).stream())
            .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    assertThat(reported.quarantinedByReason()).isEqualTo(reasons);
  }

  @ParameterizedTest
  @ValueSource(ints = {50, SampleCatalogue.DEFAULT_TITLES})
  void givenACatalogue_countNames_expectsTheReportedCounts(int size) throws IOException {
    GeneratedSample sample = catalogue(size, 7);
    List<Map<String, String>> records = records();

    for (Map.Entry<String, Feed> list : LISTS.entrySet()) {
      String column = list.getKey();
      BridgeCounts reported = sample.lookup(list.getValue());
      List<String> all = records.stream().flatMap(r -> entries(r, column).stream()).toList();
      List<List<String>> validPairs = new ArrayList<>();
      Set<List<String>> keptPairs = new HashSet<>();
      long withoutValidTitle = 0;
      for (Map<String, String> record : records) {
        String id = record.get("show_id");
        if (!failures(record).isEmpty()) {
          withoutValidTitle += entries(record, column).size();
          continue;
        }
        entries(record, column).forEach(name -> validPairs.add(List.of(id, name)));
        CatalogueCleaning.splitNames(record.get(column))
            .forEach(name -> keptPairs.add(List.of(id, name)));
      }
      assertThat(reported.rows()).as("%s names", column).isEqualTo(all.size());
      assertThat(reported.orphans()).as("%s orphans", column).isZero();
      assertThat(reported.withoutValidTitle()).as(column).isEqualTo(withoutValidTitle);
      assertThat(reported.duplicates())
          .as("%s duplicates", column)
          .isEqualTo(validPairs.size() - new HashSet<>(validPairs).size());
      assertThat(reported.emptyNames())
          .as("%s empty names", column)
          .isEqualTo(count(all, String::isBlank));
      assertThat(reported.paddedNames())
          .as("%s padded names", column)
          .isEqualTo(count(all, n -> !n.isBlank() && !n.equals(n.strip())));
      assertThat(keptPairs)
          .as("%s pairs of valid titles silver keeps", column)
          .hasSize(
              (int)
                  (reported.rows()
                      - reported.withoutValidTitle()
                      - reported.duplicates()
                      - reported.emptyNames()));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {SampleCatalogue.MIN_TITLES, 50})
  void givenASmallCatalogue_write_expectsEveryFlawAtLeastOnce(int size) throws IOException {
    GeneratedSample sample = catalogue(size, 3);
    List<Map<String, String>> records = records();

    assertThat(sample.titles().repairedRatings()).isPositive();
    assertThat(records)
        .anyMatch(
            r -> r.get("rating").matches("[0-9]+ (min|Seasons?)") && r.get("duration").isEmpty())
        .anyMatch(r -> r.get("show_id").isEmpty() && failures(r).equals(Set.of("show_id_present")))
        .anyMatch(r -> r.get("duration").equals("abc min"))
        .anyMatch(r -> r.get("date_added").matches(" [A-Z][a-z]+ [0-9]{1,2}, 20[0-9]{2}"))
        .anyMatch(r -> r.get("date_added").matches("[0-9]{1,2}-[A-Z][a-z]{2}-[0-9]{2}"))
        .anyMatch(r -> r.get("rating").isEmpty() && failures(r).isEmpty())
        .anyMatch(r -> r.get("rating").equals("TV-Y7-FV"));
    Map<String, Long> ids =
        records.stream()
            .collect(Collectors.groupingBy(r -> r.get("show_id"), Collectors.counting()));
    assertThat(sample.titles().duplicateRecords()).isPositive();
    assertThat(ids.entrySet()).anyMatch(id -> !id.getKey().isEmpty() && id.getValue() > 1);
    for (Map.Entry<String, Feed> list : LISTS.entrySet()) {
      BridgeCounts counts = sample.lookup(list.getValue());
      assertThat(List.of(counts.duplicates(), counts.emptyNames(), counts.paddedNames()))
          .as("%s duplicates, empty and padded names", list.getKey())
          .allMatch(n -> n > 0);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {50, SampleCatalogue.DEFAULT_TITLES})
  void givenTheSameSeed_writeBothLayouts_expectsTheSameTitlesAndNames(int size) throws IOException {
    GeneratedSample tutorial = SampleCatalogue.write(dir.resolve("tutorial"), size, 11);
    GeneratedSample catalogue = catalogue(size, 11);
    Map<String, List<Map<String, String>>> catalogued =
        records().stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.get("show_id"), LinkedHashMap::new, Collectors.toList()));
    Map<Feed, Map<String, List<String>>> names = tutorialNames(tutorial);

    Map<String, Integer> seen = new HashMap<>();
    for (Map<String, String> title : ParsedFile.read(tutorial.file(Feed.TITLES)).records()) {
      if (!tutorialFailures(title).isEmpty()) {
        continue;
      }
      String id = title.get("show_id");
      String catalogueId = "s" + (TutorialIds.titleIndex(id, size) + 1);
      int occurrence = seen.merge(id, 1, Integer::sum) - 1;
      Map<String, String> record = catalogued.get(catalogueId).get(occurrence);
      assertSameTitle(title, record);
      for (Map.Entry<String, Feed> list : LISTS.entrySet()) {
        assertThat(CatalogueCleaning.splitNames(record.get(list.getKey())))
            .as("%s of %s", list.getKey(), catalogueId)
            .isEqualTo(names.get(list.getValue()).getOrDefault(id, List.of()));
      }
    }
    long compared = seen.values().stream().mapToLong(Integer::longValue).sum();
    assertThat(compared)
        .isEqualTo(tutorial.titles().validTitles() + tutorial.titles().duplicateRecords());
    assertThat(catalogue.titles().validTitles())
        .isGreaterThanOrEqualTo(tutorial.titles().validTitles());
  }

  @ParameterizedTest
  @ValueSource(ints = {SampleCatalogue.DEFAULT_TITLES})
  void givenTheDefaultCatalogue_readValues_expectsThePublicFormats(int size) throws IOException {
    catalogue(size, 42);
    List<Map<String, String>> records = records();

    for (int i = 0; i < size; i++) {
      assertThat(records.get(i).get("show_id")).isIn("", "s" + (i + 1));
    }
    List<Map<String, String>> valid = records.stream().filter(r -> failures(r).isEmpty()).toList();
    assertThat(valid)
        .allSatisfy(
            r -> {
              String duration = repair(r).duration();
              assertThat(duration)
                  .matches(
                      r.get("type").equals("Movie") ? "[1-9][0-9]* min" : "1 Season|[2-9] Seasons");
              assertThat(CatalogueCleaning.dateAdded(r.get("date_added"))).isNotNull();
            });
    long padded = count(records, r -> r.get("date_added").startsWith(" "));
    long shortForm = count(records, r -> r.get("date_added").contains("-"));
    assertThat(padded).isBetween(1L, records.size() / 20L);
    assertThat(shortForm).isBetween(1L, records.size() / 20L);
    assertThat(records)
        .anyMatch(r -> LISTS.keySet().stream().anyMatch(c -> r.get(c).matches(".+, , .+")));
  }

  private static void assertSameTitle(Map<String, String> tutorial, Map<String, String> record) {
    for (String column : List.of("type", "title", "release_year", "description")) {
      assertThat(record.get(column)).as(column).isEqualTo(tutorial.get(column));
    }
    assertThat(CatalogueCleaning.dateAdded(record.get("date_added")))
        .isEqualTo(TitleCleaning.dateAdded(tutorial.get("date_added")));
    RatingRepair repair = repair(record);
    if (!repair.repaired()) {
      assertThat(record.get("rating")).isEqualTo(tutorial.get("rating"));
    }
    boolean movie = tutorial.get("type").equals("Movie");
    assertThat(
            movie
                ? CatalogueCleaning.minutes(repair.duration())
                : CatalogueCleaning.seasons(repair.duration()))
        .isEqualTo(
            TitleCleaning.wholeNumber(
                tutorial.get(movie ? "duration_minutes" : "duration_seasons")));
  }

  /** The silver expectations a catalogue record fails, named as for the tutorial layout. */
  private static Set<String> failures(Map<String, String> record) {
    Set<String> failures = new TreeSet<>();
    String type = record.get("type");
    String duration = repair(record).duration();
    if (record.get("show_id").isBlank()) {
      failures.add("show_id_present");
    }
    if (!type.equals("Movie") && !type.equals("TV Show")) {
      failures.add("type_known");
    }
    if (type.equals("Movie") && CatalogueCleaning.minutes(duration) == null) {
      failures.add("movie_minutes_numeric");
    }
    if (type.equals("TV Show") && CatalogueCleaning.seasons(duration) == null) {
      failures.add("show_seasons_numeric");
    }
    if (TitleCleaning.wholeNumber(record.get("release_year")) == null) {
      failures.add("release_year_numeric");
    }
    return failures;
  }

  private static Set<String> tutorialFailures(Map<String, String> record) {
    return TUTORIAL_QUARANTINE.stream()
        .filter(e -> !e.rule().test(record::get))
        .map(Expectation::name)
        .collect(Collectors.toSet());
  }

  private static RatingRepair repair(Map<String, String> record) {
    return CatalogueCleaning.repairRating(record.get("rating"), record.get("duration"));
  }

  /** The names between the commas of a list as written, spaces kept; none for an empty cell. */
  private static List<String> entries(Map<String, String> record, String column) {
    String cell = record.get(column);
    return cell.isEmpty() ? List.of() : List.of(cell.split(", ", -1));
  }

  /** Each title's names in a lookup file, trimmed, without empty ones and each once. */
  private static Map<Feed, Map<String, List<String>>> tutorialNames(GeneratedSample tutorial)
      throws IOException {
    Map<Feed, Map<String, List<String>>> names = new HashMap<>();
    for (Feed feed : Feed.lookups()) {
      Map<String, List<String>> byTitle = new HashMap<>();
      for (Map<String, String> row : ParsedFile.read(tutorial.file(feed)).records()) {
        String name = row.get(feed.columns().get(0)).strip();
        List<String> title = byTitle.computeIfAbsent(row.get("show_id"), id -> new ArrayList<>());
        if (!name.isEmpty() && !title.contains(name)) {
          title.add(name);
        }
      }
      names.put(feed, byTitle);
    }
    return names;
  }

  private GeneratedSample catalogue(int size, long seed) throws IOException {
    return SampleCatalogue.write(dir.resolve("catalogue"), size, seed, Layout.CATALOGUE);
  }

  private List<Map<String, String>> records() throws IOException {
    return ParsedFile.readPlain(dir.resolve("catalogue").resolve("netflix_titles.csv")).records();
  }

  private static <T> long count(List<T> values, Predicate<T> test) {
    return values.stream().filter(test).count();
  }
}
