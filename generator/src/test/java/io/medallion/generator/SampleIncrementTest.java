package io.medallion.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An increment of a sample, read back with Apache Commons CSV beside the sample itself: new ids no
 * row of the sample has, revised copies of its titles, the same bytes for the same arguments.
 */
class SampleIncrementTest {

  private static final int SIZE = 500;
  private static final long SEED = 42;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Layout.class)
  void givenTheSameArguments_writeTwice_expectsByteIdenticalFilesAndOthersForOtherArguments(
      Layout layout) throws IOException {
    byte[] first = bytes(SampleIncrement.write(dir.resolve("a"), SIZE, SEED, layout, 1, 1));
    byte[] second = bytes(SampleIncrement.write(dir.resolve("b"), SIZE, SEED, layout, 1, 1));
    byte[] otherBatch = bytes(SampleIncrement.write(dir.resolve("c"), SIZE, SEED, layout, 1, 2));
    byte[] otherSeed = bytes(SampleIncrement.write(dir.resolve("d"), SIZE, 43, layout, 1, 1));

    assertThat(second).isEqualTo(first).isNotEqualTo(otherBatch).isNotEqualTo(otherSeed);
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void givenASample_writeIncrements_expectsPercentOfItsValidTitlesNewAndAsManyChanged(Layout layout)
      throws IOException {
    long valid = sample(layout).titles().validTitles();

    for (double percent : new double[] {0.01, 1, 10, 33.3}) {
      GeneratedIncrement increment = increment(layout, percent, 1);

      long expected = Math.max(1, Math.round(valid * percent / 100));
      assertThat(increment.validTitles()).isEqualTo(valid);
      assertThat(increment.newTitles()).as("new at %s%%", percent).isEqualTo(expected);
      assertThat(increment.changedTitles()).as("changed at %s%%", percent).isEqualTo(expected);
      assertThat(records(increment)).hasSize((int) (2 * expected));
    }
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void givenASample_writeAnIncrement_expectsTheSamplesHeaderMarkAndLineEnds(Layout layout)
      throws IOException {
    GeneratedSample sample = sample(layout);
    GeneratedIncrement increment = increment(layout, 10, 1);

    String base = Files.readString(sample.file(Feed.TITLES), StandardCharsets.UTF_8);
    String text = Files.readString(increment.file(), StandardCharsets.UTF_8);
    String lineEnd = layout == Layout.TUTORIAL ? "\r\n" : "\n";
    assertThat(text).startsWith(base.substring(0, base.indexOf(lineEnd) + lineEnd.length()));
    assertThat(text.replace(lineEnd, "")).doesNotContain("\r").doesNotContain("\n");
    assertThat(increment.file().getFileName().toString())
        .isEqualTo("netflix_titles-increment-0001.csv")
        .matches("netflix_titles.*\\.csv");
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void givenASample_writeAnIncrement_expectsWellFormedNewIdsThatNoRowOfTheSampleHas(Layout layout)
      throws IOException {
    GeneratedSample sample = sample(layout);
    GeneratedIncrement increment = increment(layout, 10, 1);

    Set<String> sampleIds = showIds(sample);
    Set<String> newIds = ids(records(increment));
    newIds.removeAll(titleIds(sample));
    assertThat(newIds).hasSize((int) increment.newTitles()).doesNotContainAnyElementsOf(sampleIds);
    for (String id : newIds) {
      if (layout == Layout.TUTORIAL) {
        assertThat(id).matches("[0-9]{8}");
        assertThat(TutorialIds.titleIndex(id, SIZE)).isBetween(0, SIZE - 1);
      } else {
        assertThat(id).matches("s[0-9]+");
        assertThat(Integer.parseInt(id.substring(1))).isGreaterThan(SIZE);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void givenASample_writeAnIncrement_expectsChangedTitlesToDifferFromTheirLatestRecord(
      Layout layout) throws IOException {
    GeneratedSample sample = sample(layout);
    GeneratedIncrement increment = increment(layout, 10, 1);

    Map<String, Map<String, String>> latest = new HashMap<>();
    ParsedFile base = parse(layout, sample.file(Feed.TITLES));
    base.records().forEach(record -> latest.put(record.get("show_id"), record));
    List<Map<String, String>> changed =
        records(increment).stream().filter(r -> latest.containsKey(r.get("show_id"))).toList();
    assertThat(changed).hasSize((int) increment.changedTitles());
    assertThat(ids(changed)).hasSize(changed.size());
    for (Map<String, String> record : changed) {
      Map<String, String> before = latest.get(record.get("show_id"));
      assertThat(record).isNotEqualTo(before);
      assertThat(record.get("title")).isEqualTo(before.get("title"));
      assertThat(record.get("type")).isEqualTo(before.get("type"));
      assertThat(record.get("date_added")).isNotEqualTo(before.get("date_added"));
    }
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void givenTwoBatches_write_expectsNoSharedNewIdAndNoTitleChangedTwice(Layout layout)
      throws IOException {
    Set<String> sampleIds = titleIds(sample(layout));
    GeneratedIncrement first = increment(layout, 10, 1);
    GeneratedIncrement second = increment(layout, 10, 2);

    Set<String> firstIds = ids(records(first));
    Set<String> secondIds = ids(records(second));
    assertThat(firstIds).hasSize(records(first).size()).doesNotContainAnyElementsOf(secondIds);
    assertThat(intersection(firstIds, sampleIds)).hasSize((int) first.changedTitles());
    assertThat(intersection(secondIds, sampleIds)).hasSize((int) second.changedTitles());
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void givenAHundredPercent_write_expectsEveryValidTitleChangedOnce(Layout layout)
      throws IOException {
    GeneratedSample sample = sample(layout);
    GeneratedIncrement increment = increment(layout, 100, 1);

    Set<String> changed = intersection(ids(records(increment)), titleIds(sample));
    assertThat(increment.changedTitles()).isEqualTo(sample.titles().validTitles());
    assertThat(changed).hasSize((int) sample.titles().validTitles());
  }

  @Test
  void givenTheLastBatchThereAreIdsFor_write_expectsNewIdsStillFreeAndTheNextBatchRefused()
      throws IOException {
    Set<String> sampleIds = showIds(sample(Layout.TUTORIAL));
    int last = NewTitles.batches(Layout.TUTORIAL, SIZE);

    GeneratedIncrement increment = increment(Layout.TUTORIAL, 10, last);

    Set<String> newIds = ids(records(increment));
    newIds.removeAll(titleIds(sample(Layout.TUTORIAL)));
    assertThat(newIds).hasSize((int) increment.newTitles()).doesNotContainAnyElementsOf(sampleIds);
    assertThatThrownBy(() -> increment(Layout.TUTORIAL, 10, last + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batches 1 to " + last);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, 100.5, Double.NaN})
  void givenAPercentageOutOfRange_write_expectsIllegalArgumentAndNoFile(double percent) {
    assertThatThrownBy(() -> increment(Layout.TUTORIAL, percent, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percentage")
        .hasMessageContaining(String.valueOf(percent));
    assertThat(dir.resolve("increment")).doesNotExist();
  }

  @Test
  void givenBatchZero_write_expectsIllegalArgument() {
    assertThatThrownBy(() -> increment(Layout.CATALOGUE, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 0");
  }

  private GeneratedSample sample(Layout layout) throws IOException {
    return SampleCatalogue.write(dir.resolve("sample-" + layout), SIZE, SEED, layout);
  }

  private GeneratedIncrement increment(Layout layout, double percent, int batch)
      throws IOException {
    return SampleIncrement.write(dir.resolve("increment"), SIZE, SEED, layout, percent, batch);
  }

  private static byte[] bytes(GeneratedIncrement increment) throws IOException {
    return Files.readAllBytes(increment.file());
  }

  private static List<Map<String, String>> records(GeneratedIncrement increment)
      throws IOException {
    return parse(increment.layout(), increment.file()).records();
  }

  private static ParsedFile parse(Layout layout, Path file) throws IOException {
    return layout == Layout.TUTORIAL ? ParsedFile.read(file) : ParsedFile.readPlain(file);
  }

  /** The show ids of the sample's title records. */
  private static Set<String> titleIds(GeneratedSample sample) throws IOException {
    return ids(parse(sample.layout(), sample.file(Feed.TITLES)).records());
  }

  /** The show ids of every row of the sample, orphans of the lookup files included. */
  private static Set<String> showIds(GeneratedSample sample) throws IOException {
    Set<String> ids = titleIds(sample);
    for (Path file : sample.files().values()) {
      ids.addAll(ids(parse(sample.layout(), file).records()));
    }
    return ids;
  }

  private static Set<String> ids(List<Map<String, String>> records) {
    return records.stream()
        .map(r -> r.get("show_id"))
        .collect(Collectors.toCollection(HashSet::new));
  }

  private static Set<String> intersection(Set<String> some, Set<String> others) {
    Set<String> both = new HashSet<>(some);
    both.retainAll(others);
    return both;
  }
}
