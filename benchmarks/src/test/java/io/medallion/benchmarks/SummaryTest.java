package io.medallion.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

  @TempDir Path dir;

  @Test
  void givenScaleResults_markdown_showsBaselineThenScenariosWithRatios() {
    String table = Summary.markdown(List.of(scale(10, 4.0, 40.0, 6.0)));

    assertThat(table.lines())
        .contains(
            "| 10 | DuckDB SQL baseline | 4.0 | 3.0 | 1.0 / 2.0 | | 300 | 1.0 | | |",
            "| 10 | full run | 40.0 | 35.0 | 5.0 / 10.0 / 15.0 / 5.0 | 2,000 | 2000 | 10.0 | 100% | yes |",
            "| 10 | rerun, nothing new | 6.0 | 3.0 | 1.0 / 1.0 / 0.5 / 0.5 | 0 | 1500 | 1.5 | 15% | no |");
  }

  @Test
  void givenGoldTables_goldFiles_listsFilesAndMegabytes() {
    assertThat(Summary.goldFiles(List.of(scale(1, 1, 10, 2))).lines())
        .contains("| 1 | gold.dim_title | 6,186 | 2 | 1.50 |");
  }

  @Test
  void givenStoredResults_stored_readsThemBackSmallestScaleFirst() throws Exception {
    ObjectMapper json = new ObjectMapper();
    json.writeValue(dir.resolve("scale-100.json").toFile(), scale(100, 7, 70, 9));
    json.writeValue(dir.resolve("scale-1.json").toFile(), scale(1, 1, 10, 2));
    Files.writeString(dir.resolve("summary.md"), "not a result");

    assertThat(BenchMain.stored(dir)).extracting(Results.Scale::scale).containsExactly(1.0, 100.0);
    assertThat(BenchMain.stored(dir).get(1)).isEqualTo(scale(100, 7, 70, 9));
  }

  @Test
  void givenLandings_watchLatency_takesTheMaxAndJudgesItAgainstTheTarget() {
    assertThat(watch(12.0, 14.5, 13.0).maxSeconds()).isEqualTo(14.5);
    assertThat(watch(12.0, 14.5, 13.0).targetMet()).isTrue();
    assertThat(watch(12.0, 15.0, 13.0).targetMet()).isTrue();
    assertThat(watch(12.0, 15.1, 13.0).targetMet()).isFalse();
    assertThat(watch().targetMet()).as("nothing measured meets nothing").isFalse();
  }

  @Test
  void givenWatchAtScaleOneOnly_watchLatency_showsEachLandingMaxAndVerdict() {
    var scales =
        List.of(withWatch(scale(1, 1, 10, 2), watch(12.0, 16.25, 13.0)), scale(10, 4, 40, 6));

    assertThat(Summary.watchLatency(scales).lines())
        .containsExactly(
            "| scale | landed to visible s, each | max s | batch s, each | warm-up batches s | target s"
                + " | met | peak RSS MB | on SIGTERM |",
            "|---|---|---:|---|---|---:|---|---:|---|",
            "| 1 | 12.0 / 16.3 / 13.0 | 16.3 | 9.5 / 8.3 / 10.0 | 40.0 / 21.5 | 15 | no | 2100 |"
                + " stopped: 4 batches (0 failed), 30 ticks with nothing new, 0 with the lake busy |");
  }

  @Test
  void givenWatchLatency_stored_readsItBackAndOlderResultsWithoutItAsNull() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Results.Scale measured = withWatch(scale(1, 1, 10, 2), watch(12.0, 14.5, 13.0));
    json.writeValue(dir.resolve("scale-1.json").toFile(), measured);
    var older =
        (com.fasterxml.jackson.databind.node.ObjectNode) json.valueToTree(scale(10, 4, 40, 6));
    older.remove("watch");
    json.writeValue(dir.resolve("scale-10.json").toFile(), older);

    assertThat(BenchMain.stored(dir)).containsExactly(measured, scale(10, 4, 40, 6));
    assertThat(json.readTree(dir.resolve("scale-1.json").toFile()).at("/watch/landingSeconds"))
        .hasSize(3);
  }

  @Test
  void givenBatchLines_batchLine_readsRunOutcomeAndSeconds() {
    assertThat(
            Watcher.batchLine(
                "2026-12-06T20:16:06.91Z batch 20261206-201516-c409 succeeded in 50.4 s: 416 rows"
                    + " into bronze, 8 quarantined"))
        .contains(new Watcher.BatchLine("20261206-201516-c409", true, 50.4));
    assertThat(Watcher.batchLine("2026-12-06T20:16:06Z batch r-1 failed in 3.0 s: 0 rows, boom"))
        .contains(new Watcher.BatchLine("r-1", false, 3.0));
    assertThat(Watcher.batchLine("watching /x/lake every 1s; SIGTERM or Ctrl-C stops")).isEmpty();
  }

  @Test
  void givenCountsThatDiffer_differences_namesEachTable() {
    var gold = List.of(new Results.GoldTable("gold.dim_title", 5, 1, 10));

    assertThat(ScaleBench.differences(Map.of("gold.dim_title", 5L), gold)).isEmpty();
    assertThat(ScaleBench.differences(Map.of("gold.dim_title", 6L, "gold.agg_x", 1L), gold))
        .containsOnlyKeys("gold.dim_title", "gold.agg_x")
        .containsEntry("gold.dim_title", "pipeline 5, baseline 6");
  }

  @Test
  void givenNumberOrIsoDuration_seconds_readsBoth() {
    assertThat(ScaleBench.seconds(JsonNodeFactory.instance.numberNode(1.25))).isEqualTo(1.25);
    assertThat(ScaleBench.seconds(JsonNodeFactory.instance.textNode("PT2.5S"))).isEqualTo(2.5);
  }

  @Test
  void givenClasspathJars_versions_namesSparkDeltaAndDuckDb() {
    String classpath =
        String.join(
            java.io.File.pathSeparator,
            "/x/lib/spark-sql_2.13-4.0.1.jar",
            "/x/lib/delta-spark_2.13-4.0.0.jar",
            "/x/lib/duckdb_jdbc-1.4.1.0.jar",
            "/x/classes");

    assertThat(Machines.versions(classpath))
        .containsExactly(
            Map.entry("spark", "4.0.1"),
            Map.entry("delta", "4.0.0"),
            Map.entry("duckdb", "1.4.1.0"));
  }

  private static Results.Scale scale(double scale, double baseline, double full, double rerun) {
    var gold = List.of(new Results.GoldTable("gold.dim_title", 6_186, 2, 1_572_864));
    var stages = Map.of("bronze", 5.0, "silver", 10.0, "gold", 15.0, "serve", 5.0);
    var rerunStages = Map.of("bronze", 1.0, "silver", 1.0, "gold", 0.5, "serve", 0.5);
    return new Results.Scale(
        scale,
        "wrote it",
        1.0,
        new Results.Machine("cpu", 2, 24_000, "Linux", "Java 17"),
        Map.of("spark", "4.0.1"),
        new Results.Baseline(baseline, 3.0, steps(), 300, Map.of("gold.dim_title", 6_186L)),
        true,
        Map.of(),
        List.of(
            new Results.Scenario(
                "full run",
                full,
                35,
                stages,
                70_000,
                2_000,
                2000,
                full / baseline,
                1.0,
                true,
                gold),
            new Results.Scenario(
                "rerun, nothing new",
                rerun,
                3,
                rerunStages,
                0,
                0,
                1500,
                rerun / baseline,
                rerun / full,
                false,
                gold)),
        null);
  }

  private static Results.Scale withWatch(Results.Scale scale, Results.WatchLatency watch) {
    return new Results.Scale(
        scale.scale(),
        scale.generated(),
        scale.generateSeconds(),
        scale.machine(),
        scale.versions(),
        scale.baseline(),
        scale.goldRowsEqual(),
        scale.goldRowDifferences(),
        scale.scenarios(),
        watch);
  }

  private static Results.WatchLatency watch(double... landings) {
    List<Double> seconds = java.util.Arrays.stream(landings).boxed().toList();
    return Results.WatchLatency.of(
        seconds,
        List.of(9.5, 8.25, 10.0),
        List.of(40.0, 21.5),
        15,
        2_100,
        "stopped: 4 batches (0 failed), 30 ticks with nothing new, 0 with the lake busy");
  }

  private static Map<String, Double> steps() {
    Map<String, Double> steps = new java.util.LinkedHashMap<>();
    steps.put("bronze", 1.0);
    steps.put("silver", 2.0);
    return steps;
  }
}
