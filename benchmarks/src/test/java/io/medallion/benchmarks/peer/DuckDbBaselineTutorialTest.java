package io.medallion.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.medallion.Feed;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline on the tutorial's own five files, where they are (../shared/data/netflix from the
 * repository's root): every table reconciles, bronze holds every record, and the counts are the
 * in-memory engine's.
 */
class DuckDbBaselineTutorialTest {

  @TempDir Path dir;

  private Path tutorial;

  @BeforeEach
  void findTheTutorialFiles() {
    Path root = Path.of("").toAbsolutePath().getParent();
    tutorial = root.resolve("../shared/data/netflix").normalize();
    Assumptions.assumeTrue(
        Files.isRegularFile(tutorial.resolve("netflix_titles.csv")),
        "the tutorial's files are not at " + tutorial + " (../shared/data/netflix from the root)");
  }

  @Test
  void givenTheTutorialFiles_run_reconcilesEveryTableAndAgreesWithTheInMemoryEngine()
      throws Exception {
    BaselineRun run = DuckDbBaseline.run(tutorial, dir.resolve("baseline.duckdb"));

    TableTallies baseline = TableTallies.ofBaseline(dir.resolve("baseline.duckdb"));
    assertThat(baseline.reconciles()).isTrue();
    assertThat(baseline).isEqualTo(InMemoryReference.run(tutorial));
    assertThat(run.goldRows())
        .hasSize(9)
        .allSatisfy((table, rows) -> assertThat(rows).isPositive());
  }

  @Test
  void givenTheTutorialFiles_run_keepsEveryRecordACsvParserFinds() throws Exception {
    DuckDbBaseline.run(tutorial, dir.resolve("baseline.duckdb"));

    TableTallies baseline = TableTallies.ofBaseline(dir.resolve("baseline.duckdb"));
    for (Feed feed : Feed.tutorial()) {
      assertThat(baseline.tables().get("bronze." + feed.table()).get(0))
          .as(feed.fileStem())
          .isEqualTo(records(tutorial.resolve(feed.fileStem() + ".csv")));
    }
  }

  /** Records after the header, blank lines skipped, as Apache Commons CSV counts them. */
  private static long records(Path file) throws Exception {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
      List<?> all = parser.getRecords();
      return all.size() - 1;
    }
  }
}
