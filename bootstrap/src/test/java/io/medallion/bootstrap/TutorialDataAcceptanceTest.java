package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo on the tutorial's real five files. Raw records are counted with Apache Commons CSV, not
 * Spark, so a record Spark loses silently is caught.
 */
class TutorialDataAcceptanceTest {

  @TempDir static Path workdir;
  static Cli demo;
  static Map<String, Long> rows;

  @BeforeAll
  static void runDemoOnTheTutorialData() {
    assumeTrue(
        Files.isDirectory(Cli.tutorialData()),
        "needs the tutorial's files in ../shared/data/netflix beside the project");
    demo =
        Cli.run(
            "demo", "--workdir", workdir.toString(), "--source-dir", Cli.tutorialData().toString());
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    Cli tables = Cli.run("tables", "--workdir", workdir.toString(), "--format", "csv");
    assertThat(tables.exitCode()).as(tables.err()).isZero();
    rows =
        tables
            .out()
            .lines()
            .skip(1)
            .map(l -> l.split(","))
            .collect(Collectors.toMap(f -> f[0] + "." + f[1], f -> Long.parseLong(f[2])));
  }

  @Test
  void givenTutorialTitles_bronze_holdsEveryRawRecord() throws Exception {
    assertThat(rows.get("bronze.titles")).isEqualTo(records("netflix_titles.csv").size());
    assertThat(rows.get("bronze.cast")).isEqualTo(records("netflix_cast.csv").size());
  }

  @Test
  void givenTutorialTitles_bronzeRows_equalSilverPlusQuarantinedExactly() throws Exception {
    long blankIds =
        records("netflix_titles.csv").stream().filter(r -> field(r, "show_id").isBlank()).count();

    assertThat(rows.get("bronze.titles"))
        .isEqualTo(rows.get("silver.titles") + rows.get("silver.titles_quarantine"));
    assertThat(rows.get("silver.titles_quarantine")).isEqualTo(blankIds).isEqualTo(4);
    assertThat(demo.out()).contains("show_id_present");
  }

  @Test
  void givenTutorialData_quality_showsTheFourMissingIdsAndReconciles() {
    Cli quality = Cli.run("quality", "--workdir", workdir.toString());

    assertThat(quality.exitCode()).as(quality.err()).isZero();
    assertThat(quality.out()).contains("succeeded").doesNotContain(" NO");
    assertThat(quality.out().lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("silver.titles ")
                    .containsPattern("\\s6236\\s+6232\\s+0\\s+4\\s+yes$"));
    Cli csv = Cli.run("quality", "--workdir", workdir.toString(), "--format", "csv");
    assertThat(csv.out().lines())
        .anySatisfy(
            l -> assertThat(l).endsWith(",silver.titles,show_id_present,quarantine,6232,4"));
  }

  @Test
  void givenTutorialTitles_dimTitle_hasOneRowPerValidShowId() throws Exception {
    Set<String> validIds = new HashSet<>();
    for (CSVRecord r : records("netflix_titles.csv")) {
      if (!field(r, "show_id").isBlank()) {
        validIds.add(field(r, "show_id"));
      }
    }
    Cli query =
        Cli.run(
            "query",
            "--workdir",
            workdir.toString(),
            "--format",
            "csv",
            "SELECT count(*) AS titles, count(DISTINCT show_id) AS ids FROM gold.dim_title");

    assertThat(query.exitCode()).as(query.err()).isZero();
    assertThat(query.out().lines().toList())
        .containsExactly("titles,ids", validIds.size() + "," + validIds.size());
  }

  @Test
  void givenTutorialData_gold_keepsOrphanBridgeRowsOut() {
    Cli orphans =
        Cli.run(
            "query",
            "--workdir",
            workdir.toString(),
            "--format",
            "csv",
            "SELECT count(*) FROM gold.bridge_title_cast c ANTI JOIN gold.dim_title t USING (show_id)");

    assertThat(orphans.out().lines().toList()).containsExactly("count_star()", "0");
    assertThat(rows.get("gold.bridge_title_cast")).isLessThan(rows.get("silver.cast"));
  }

  private static List<CSVRecord> records(String file) throws Exception {
    try (Reader reader =
        Files.newBufferedReader(Cli.tutorialData().resolve(file), StandardCharsets.UTF_8)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      // A blank line holds no record: Spark skips it, and so does this count.
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .stream()
          .filter(r -> !(r.size() == 1 && r.get(0).isEmpty()))
          .toList();
    }
  }

  private static String field(CSVRecord record, String name) {
    return record.isSet(name) ? record.get(name) : "";
  }
}
