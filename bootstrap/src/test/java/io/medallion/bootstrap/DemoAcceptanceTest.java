package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medallion.adapters.cli.MedallionCli;
import io.medallion.domain.medallion.Feed;
import io.medallion.generator.GeneratedSample;
import io.medallion.generator.SampleCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The demo on a small generated sample, end to end, checked against the generator's truth. */
@TestMethodOrder(OrderAnnotation.class)
class DemoAcceptanceTest {

  private static final int TITLES = 120;

  @TempDir static Path workdir;
  @TempDir static Path expectedDir;
  static Cli demo;
  static GeneratedSample truth;

  @BeforeAll
  static void runTheDemo() throws Exception {
    truth = SampleCatalogue.write(expectedDir, TITLES, MedallionCli.SAMPLE_SEED);
    demo =
        Cli.run(
            "demo",
            "--workdir",
            workdir.toString(),
            "--sample-titles",
            "" + TITLES,
            "--report",
            workdir.resolve("report.json").toString());
    assertThat(demo.exitCode()).as(demo.err()).isZero();
  }

  @Test
  @Order(1)
  void givenReportOption_demo_writesStagesAndRowsAsJson() throws Exception {
    JsonNode report = new ObjectMapper().readTree(workdir.resolve("report.json").toFile());

    assertThat(report.get("succeeded").asBoolean()).isTrue();
    assertThat(report.get("stages").fieldNames())
        .toIterable()
        .containsExactly("ingest", "bronze", "silver", "gold", "serve");
    Map<String, Long> rowsOut = new java.util.HashMap<>();
    report
        .get("tables")
        .forEach(t -> rowsOut.put(t.get("table").asText(), t.get("rows_out").asLong()));
    assertThat(rowsOut)
        .containsEntry("bronze.titles", truth.titles().records())
        .containsEntry("gold.dim_title", truth.titles().validTitles());
  }

  @Test
  @Order(1)
  void givenGeneratedSample_demo_printsTheSummary() {
    assertThat(demo.out())
        .contains("Rows per table", "Quarantined rows by reason", "Expectations", "Time per stage")
        .contains("gold    dim_title", "show_id_present", "warehouse: " + workdir.toAbsolutePath());
  }

  @Test
  @Order(2)
  void givenGeneratedSample_demo_keepsEveryValidTitleAndQuarantinesTheRest() {
    Map<String, Long> rows = tables();

    assertThat(rows.get("bronze.titles")).isEqualTo(truth.titles().records());
    assertThat(rows.get("silver.titles")).isEqualTo(truth.titles().validTitles());
    assertThat(rows.get("silver.titles_quarantine")).isEqualTo(truth.titles().quarantinedRecords());
    assertThat(rows.get("gold.dim_title")).isEqualTo(truth.titles().validTitles());
    assertThat(query("SELECT count(*) FROM gold.dim_title"))
        .isEqualTo(Long.toString(truth.titles().validTitles()));
  }

  @Test
  @Order(3)
  void givenGeneratedSample_goldBridges_holdOnlyPairsOfValidTitles() {
    var cast = truth.lookup(Feed.CAST);
    long kept = cast.rows() - cast.duplicates() - cast.emptyNames() - cast.withoutValidTitle();

    assertThat(query("SELECT count(*) FROM gold.bridge_title_cast")).isEqualTo(Long.toString(kept));
    assertThat(query("SELECT count(*) FROM gold.bridge_title_cast WHERE person <> trim(person)"))
        .isEqualTo("0");
  }

  @Test
  @Order(4)
  void givenNothingNew_aSecondDemo_startsNoSparkAndAddsNoRowsAndNoDuplicates() throws Exception {
    Map<String, Long> before = tables();

    // In a JVM of its own, as from a shell: this JVM's Spark session would be taken as a cluster's.
    Cli again =
        Cli.inChildJvm(
            workdir.resolve("second-demo.log"),
            "demo",
            "--workdir",
            workdir.toString(),
            "--sample-titles",
            "" + TITLES,
            "--report",
            workdir.resolve("second-report.json").toString());

    assertThat(again.exitCode()).as(again.out()).isZero();
    assertThat(again.out()).contains("found nothing new", "no engine started");
    JsonNode report = new ObjectMapper().readTree(workdir.resolve("second-report.json").toFile());
    assertThat(report.get("nothing_new").asBoolean()).isTrue();
    assertThat(report.get("spark_started").asBoolean()).as("a Spark session was started").isFalse();
    assertThat(Cli.run("history", "--workdir", workdir.toString(), "--limit", "1").out())
        .contains("nothing new");
    Map<String, Long> after = tables();
    after.remove("meta.events");
    before.remove("meta.events");
    assertThat(after).isEqualTo(before);
    assertThat(query("SELECT count(*) - count(DISTINCT show_id) FROM gold.dim_title"))
        .isEqualTo("0");
  }

  @Test
  @Order(5)
  void givenTheLake_tablesCsv_listsEveryLayerWithVersions() {
    Cli tables = Cli.run("tables", "--workdir", workdir.toString(), "--format", "csv");

    assertThat(tables.out().lines().findFirst()).hasValue("layer,table,rows,version,files,bytes");
    assertThat(tables.out().lines().filter(l -> l.startsWith("gold,dim_title,")))
        .singleElement()
        .satisfies(
            line -> {
              String[] cells = line.split(",");
              assertThat(Long.parseLong(cells[4]))
                  .as("files: adaptive execution merges a small table's shuffle into one")
                  .isEqualTo(1);
              assertThat(Long.parseLong(cells[5])).as("bytes").isGreaterThan(1_000);
            });
    assertThat(tables.out())
        .contains(
            "bronze,titles,",
            "silver,titles_quarantine,",
            "gold,agg_titles_by_category,",
            "meta,events,");
    assertThat(Files.exists(workdir.resolve("warehouse/medallion.duckdb"))).isTrue();
  }

  @Test
  @Order(6)
  void givenTheDemosWarehouse_dashboard_embedsEveryReportingViewAsTheWarehouseServesIt()
      throws Exception {
    Path page = workdir.resolve("dashboard.html");

    Cli dashboard = Cli.run("dashboard", "--workdir", workdir.toString(), "--out", page.toString());

    assertThat(dashboard.exitCode()).as(dashboard.err()).isZero();
    String html = Files.readString(page);
    String open = "<script type=\"application/json\" id=\"dashboard-data\">";
    int start = html.indexOf(open) + open.length();
    JsonNode views =
        new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)));
    for (String view :
        List.of(
            "v_titles",
            "v_titles_added_by_month",
            "v_top_countries",
            "v_top_categories",
            "v_top_directors",
            "v_top_cast",
            "v_rating_mix",
            "v_release_years",
            "v_data_quality",
            "v_quarantine_reasons")) {
      long rows = Long.parseLong(query("SELECT count(*) FROM reporting." + view));
      assertThat(rows).as(view).isPositive();
      assertThat((long) views.get("views").get(view).size()).as(view).isEqualTo(rows);
    }
    Cli top =
        Cli.run(
            "query",
            "--workdir",
            workdir.toString(),
            "--format",
            "csv",
            "SELECT country, titles FROM reporting.v_top_countries WHERE rank <= 10 ORDER BY rank");
    List<String> embedded = new ArrayList<>();
    for (JsonNode row : views.get("views").get("v_top_countries")) {
      if (row.get("rank").asLong() <= 10) {
        embedded.add(row.get("country").asText() + "," + row.get("titles").asLong());
      }
    }
    assertThat(embedded).isEqualTo(top.out().lines().skip(1).toList());
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

  private static String query(String sql) {
    Cli query = Cli.run("query", "--workdir", workdir.toString(), "--format", "csv", sql);
    assertThat(query.exitCode()).as(query.err()).isZero();
    return query.out().lines().skip(1).findFirst().orElseThrow();
  }
}
