package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.medallion.Feed;
import io.medallion.generator.GeneratedSample;
import io.medallion.generator.Layout;
import io.medallion.generator.SampleCatalogue;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo over a folder holding one file in the public catalogue's layout, end to end, checked
 * against the generator's truth: the layout is told by the header, no lookup is fetched.
 */
class CatalogueDemoAcceptanceTest {

  private static final int TITLES = 120;

  @TempDir static Path workdir;
  @TempDir static Path sourceDir;
  static Cli demo;
  static GeneratedSample truth;

  @BeforeAll
  static void runTheDemo() throws Exception {
    truth = SampleCatalogue.write(sourceDir, TITLES, 7, Layout.CATALOGUE);
    demo = Cli.run("demo", "--workdir", workdir.toString(), "--source-dir", sourceDir.toString());
    assertThat(demo.exitCode()).as(demo.err()).isZero();
  }

  @Test
  void givenACatalogueFolder_demo_saysNoLookupIsFetched() {
    assertThat(demo.out()).contains("catalogue layout").doesNotContain("serving the lookup files");
  }

  @Test
  void givenACatalogueFolder_demo_keepsEveryValidTitleAndQuarantinesTheRest() {
    Map<String, Long> rows = tables();

    assertThat(rows.get("bronze.catalogue")).isEqualTo(truth.titles().records());
    assertThat(rows.get("bronze.titles")).isZero();
    assertThat(rows.get("silver.titles")).isEqualTo(truth.titles().validTitles());
    assertThat(rows.get("silver.titles_quarantine")).isEqualTo(truth.titles().quarantinedRecords());
    assertThat(rows.get("gold.dim_title")).isEqualTo(truth.titles().validTitles());
  }

  @Test
  void givenACatalogueFolder_quality_countsEveryRepairedRatingAndQuarantineReason() {
    Map<String, Long> failed = failedBy("silver.titles");

    assertThat(truth.titles().repairedRatings()).isPositive();
    assertThat(failed.get("rating_not_duration")).isEqualTo(truth.titles().repairedRatings());
    assertThat(truth.titles().quarantinedByReason()).isNotEmpty();
    truth
        .titles()
        .quarantinedByReason()
        .forEach((rule, count) -> assertThat(failed.get(rule)).as(rule).isEqualTo(count));
  }

  @Test
  void givenACatalogueFolder_goldBridges_holdTheNamesOfValidTitles() {
    for (Feed feed : Feed.lookups()) {
      var names = truth.lookup(feed);
      long kept =
          names.rows() - names.duplicates() - names.emptyNames() - names.withoutValidTitle();
      String table =
          "gold.bridge_title_"
              + feed.bridge().orElseThrow().name().toLowerCase(java.util.Locale.ROOT);

      assertThat(tables().get(table)).as(table).isEqualTo(kept);
    }
  }

  private static Map<String, Long> failedBy(String table) {
    Cli quality = Cli.run("quality", "--workdir", workdir.toString(), "--format", "csv");
    assertThat(quality.exitCode()).as(quality.err()).isZero();
    return quality
        .out()
        .lines()
        .skip(1)
        .map(l -> l.split(","))
        .filter(f -> f[1].equals(table))
        .collect(Collectors.toMap(f -> f[2], f -> Long.parseLong(f[5])));
  }

  private static Map<String, Long> tables() {
    Cli tables = Cli.run("tables", "--workdir", workdir.toString(), "--format", "csv");
    assertThat(tables.exitCode()).as(tables.err()).isZero();
    return tables
        .out()
        .lines()
        .skip(1)
        .map(l -> l.split(","))
        .collect(Collectors.toMap(f -> f[0] + "." + f[1], f -> Long.parseLong(f[2])));
  }
}
