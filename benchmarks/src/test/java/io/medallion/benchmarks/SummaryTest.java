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
                gold)));
  }

  private static Map<String, Double> steps() {
    Map<String, Double> steps = new java.util.LinkedHashMap<>();
    steps.put("bronze", 1.0);
    steps.put("silver", 2.0);
    return steps;
  }
}
