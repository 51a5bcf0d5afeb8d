package io.medallion.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.Expectation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counts a sample reports against its files as Commons CSV reads them and the domain's silver
 * expectations judge them.
 */
class SampleTruthTest {

  private static final List<Expectation> QUARANTINE =
      NetflixMedallion.silver().stream()
          .filter(spec -> spec.feed() == Feed.TITLES)
          .flatMap(spec -> spec.expectations().stream())
          .filter(e -> e.action() == Action.QUARANTINE)
          .toList();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {50, SampleCatalogue.DEFAULT_TITLES})
  void givenASample_countTitles_expectsTheReportedCounts(int size) throws IOException {
    TitleCounts reported = SampleCatalogue.write(dir, size, 7).titles();
    List<Map<String, String>> records = titleRecords();

    List<Map<String, String>> valid = records.stream().filter(r -> failures(r).isEmpty()).toList();
    Set<String> validIds = valid.stream().map(r -> r.get("show_id")).collect(Collectors.toSet());
    assertThat(reported.records()).isEqualTo(records.size());
    assertThat(reported.missingShowId())
        .isEqualTo(records.stream().filter(r -> r.get("show_id").isBlank()).count());
    assertThat(reported.validTitles()).isEqualTo(validIds.size());
    assertThat(reported.duplicateRecords()).isEqualTo(valid.size() - validIds.size());
    assertThat(reported.quarantinedRecords()).isEqualTo(records.size() - valid.size());
    assertThat(reported.records())
        .isEqualTo(
            reported.quarantinedRecords() + reported.validTitles() + reported.duplicateRecords());
  }

  @ParameterizedTest
  @ValueSource(ints = {50, SampleCatalogue.DEFAULT_TITLES})
  void givenASample_judgeTitlesBySilverRules_expectsTheReportedReasons(int size)
      throws IOException {
    TitleCounts reported = SampleCatalogue.write(dir, size, 7).titles();
    List<Map<String, String>> records = titleRecords();

    for (Expectation expectation : QUARANTINE) {
      long failing = records.stream().filter(r -> !expectation.rule().test(r::get)).count();
      assertThat(reported.quarantinedBy(expectation.name()))
          .as(expectation.name())
          .isEqualTo(failing);
    }
    assertThat(QUARANTINE.stream().map(Expectation::name))
        .containsAll(reported.quarantinedByReason().keySet());
  }

  @ParameterizedTest
  @ValueSource(ints = {50, SampleCatalogue.DEFAULT_TITLES})
  void givenASample_countLookupRows_expectsTheReportedCounts(int size) throws IOException {
    GeneratedSample sample = SampleCatalogue.write(dir, size, 7);
    List<Map<String, String>> titles = titleRecords();
    Set<String> listed = titles.stream().map(r -> r.get("show_id")).collect(Collectors.toSet());
    Set<String> valid =
        titles.stream()
            .filter(r -> failures(r).isEmpty())
            .map(r -> r.get("show_id"))
            .collect(Collectors.toSet());

    for (Feed feed : Feed.lookups()) {
      BridgeCounts reported = sample.lookup(feed);
      List<List<String>> rows = lookupRows(sample, feed);
      assertThat(reported.rows()).as("%s rows", feed).isEqualTo(rows.size());
      assertThat(reported.orphans())
          .as("%s orphans", feed)
          .isEqualTo(count(rows, r -> !listed.contains(r.get(1))));
      assertThat(reported.withoutValidTitle())
          .as("%s rows without a valid title", feed)
          .isEqualTo(count(rows, r -> !valid.contains(r.get(1))));
      assertThat(reported.duplicates())
          .as("%s duplicates", feed)
          .isEqualTo(rows.size() - new HashSet<>(rows).size());
      assertThat(reported.emptyNames())
          .as("%s empty names", feed)
          .isEqualTo(count(rows, r -> r.get(0).isBlank()));
      assertThat(reported.paddedNames())
          .as("%s padded names", feed)
          .isEqualTo(count(rows, r -> !r.get(0).isBlank() && !r.get(0).equals(r.get(0).strip())));
      assertThat(distinctTrimmedPairs(rows))
          .as("%s pairs silver keeps", feed)
          .isEqualTo(reported.rows() - reported.duplicates() - reported.emptyNames());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {SampleCatalogue.MIN_TITLES, 50})
  void givenASmallSample_write_expectsEveryFlawAtLeastOnce(int size) throws IOException {
    GeneratedSample sample = SampleCatalogue.write(dir, size, 3);
    List<Map<String, String>> records = titleRecords();

    for (String reason :
        List.of(
            "show_id_present",
            "type_known",
            "movie_minutes_numeric",
            "show_seasons_numeric",
            "release_year_numeric")) {
      assertThat(sample.titles().quarantinedBy(reason)).as(reason).isPositive();
    }
    assertThat(sample.titles().duplicateRecords()).isPositive();
    assertThat(records).anyMatch(r -> r.get("rating").isEmpty());
    assertThat(records).anyMatch(r -> r.get("rating").equals("TV-Y7-FV"));
    assertThat(records).anyMatch(r -> r.get("title").contains(":") && failures(r).isEmpty());
    assertThat(records)
        .anyMatch(r -> r.get("show_id").isEmpty() && failures(r).equals(Set.of("show_id_present")));
    // the second half of a broken record starts with the tail of a quoted text
    assertThat(records)
        .anyMatch(r -> r.get("duration_minutes").endsWith("\"") && r.get("show_id").isEmpty());
    for (Feed feed : Feed.lookups()) {
      BridgeCounts counts = sample.lookup(feed);
      assertThat(
              List.of(
                  counts.orphans(), counts.duplicates(), counts.emptyNames(), counts.paddedNames()))
          .as("%s orphans, duplicates, empty and padded names", feed)
          .allMatch(n -> n > 0);
    }
  }

  private List<Map<String, String>> titleRecords() throws IOException {
    return ParsedFile.read(SampleCatalogue.file(dir, Feed.TITLES)).records();
  }

  private static List<List<String>> lookupRows(GeneratedSample sample, Feed feed)
      throws IOException {
    return ParsedFile.read(sample.file(feed)).records().stream()
        .map(r -> List.of(r.get(feed.columns().get(0)), r.get("show_id")))
        .toList();
  }

  private static Set<String> failures(Map<String, String> record) {
    return QUARANTINE.stream()
        .filter(e -> !e.rule().test(record::get))
        .map(Expectation::name)
        .collect(Collectors.toSet());
  }

  private static long count(List<List<String>> rows, Predicate<List<String>> test) {
    return rows.stream().filter(test).count();
  }

  private static long distinctTrimmedPairs(List<List<String>> rows) {
    return rows.stream()
        .filter(r -> !r.get(0).isBlank())
        .map(r -> List.of(r.get(0).strip(), r.get(1)))
        .distinct()
        .count();
  }
}
