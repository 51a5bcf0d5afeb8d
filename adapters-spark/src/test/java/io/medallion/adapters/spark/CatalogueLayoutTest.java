package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.quality.ExpectationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public catalogue's single file, landed beside a tutorial titles file, through the medallion.
 */
@ExtendWith(SharedSpark.class)
class CatalogueLayoutTest {

  private static final String CATALOGUE =
      "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,"
          + "listed_in,description\n"
          + "s1,Movie,Dick Johnson Is Dead,Kirsten Johnson,,United States,\"September 25, 2021\","
          + "2020,PG-13,90 min,Documentaries,A father's end\n"
          + "s2,TV Show,Blood & Water,,\"Ama Qamata, Khosi Ngema,  , Ama Qamata\",South Africa,"
          + "25-Sep-21,2021,TV-MA,2 Seasons,\"International TV Shows, TV Dramas\",Two sisters\n"
          + "s3,Movie,Louis C.K. 2017,Louis C.K.,Louis C.K.,,\"April 4, 2017\",2017,74 min,,Movies,"
          + "Stand-up\n"
          + "s4,Movie,Broken,\"Ann, Bo\",,,\"April 4, 2017\",2017,R,abc min,Movies,Bad duration\n";

  private static final String TITLES =
      "duration_minutes,duration_seasons,type,title,date_added,release_year,rating,description,"
          + "show_id\n"
          + "95,,Movie,Tutorial Film,9/9/2019,2019,R,From the other layout,80001\n";

  private static final RunId RUN = RunId.startingAt(Instant.parse("2026-11-25T10:00:00Z"));

  // One run of the whole medallion, shared by the tests, which only read what it wrote.
  @TempDir static Path root;
  private static DeltaTables delta;
  private static List<LayerResult> bronze;
  private static List<LayerResult> silver;
  private static List<LayerResult> gold;

  @BeforeAll
  static void runTheMedallion(SparkSession spark) throws Exception {
    LakeLocations lake = new LakeLocations(root.toString());
    delta = new DeltaTables(spark);
    SparkLayerEngine engine = SparkLayerEngine.over(spark, lake, delta);
    write(LakeLayout.LANDING_TITLES + "/netflix_titles.csv", CATALOGUE);
    write(LakeLayout.LANDING_TITLES + "/netflix_titles-tutorial.csv", TITLES);
    bronze = NetflixMedallion.bronze().stream().map(s -> engine.load(s, RUN)).toList();
    silver = NetflixMedallion.silver().stream().map(s -> engine.refine(s, RUN)).toList();
    gold = NetflixMedallion.gold().stream().map(s -> engine.publish(s, RUN)).toList();
  }

  @Test
  void givenBothLayoutsLanded_bronze_loadsEachFileIntoItsLayoutsTable() {
    Map<String, Long> loaded =
        bronze.stream().collect(Collectors.toMap(r -> r.table().name(), LayerResult::rowsOut));

    assertThat(loaded).containsEntry("catalogue", 4L).containsEntry("titles", 1L);
    assertThat(rows("bronze/catalogue"))
        .extracting(r -> (String) r.getAs("cast"))
        .contains("Ama Qamata, Khosi Ngema,  , Ama Qamata");
  }

  @Test
  void givenACatalogueFile_silverTitles_splitsDurationsParsesDatesAndRepairsTheRating() {
    LayerResult titles = silver.get(0);

    assertThat(titles.rowsIn()).isEqualTo(5);
    assertThat(titles.quarantined()).isEqualTo(1);
    assertThat(titles.rowsOut()).isEqualTo(4);
    assertThat(failed(titles))
        .containsEntry("movie_minutes_numeric", 1L)
        .containsEntry("rating_not_duration", 1L)
        .containsEntry("date_added_parses", 0L);
    Map<String, Row> byId = byId(rows("silver/titles"));
    assertThat(byId).containsOnlyKeys("s1", "s2", "s3", "80001");
    assertThat((Integer) byId.get("s1").getAs("duration_minutes")).isEqualTo(90);
    assertThat((Object) byId.get("s1").getAs("date_added"))
        .isEqualTo(java.sql.Date.valueOf(LocalDate.of(2021, 9, 25)));
    assertThat((Integer) byId.get("s2").getAs("duration_seasons")).isEqualTo(2);
    assertThat((Object) byId.get("s2").getAs("date_added"))
        .isEqualTo(java.sql.Date.valueOf(LocalDate.of(2021, 9, 25)));
    assertThat((Integer) byId.get("s3").getAs("duration_minutes")).isEqualTo(74);
    assertThat((Object) byId.get("s3").getAs("rating")).isNull();
    assertThat((Integer) byId.get("80001").getAs("duration_minutes")).isEqualTo(95);
    Row quarantined = rows("silver/titles_quarantine").get(0);
    assertThat((String) quarantined.getAs("show_id")).isEqualTo("s4");
    assertThat((String) quarantined.getAs("duration_minutes")).isEqualTo("abc min");
    assertThat((String) quarantined.getAs("_source_file")).endsWith("netflix_titles.csv");
  }

  @Test
  void givenACatalogueFile_silverBridges_holdOneRowPerNameAndReconcile() {
    silver.forEach(r -> assertThat(r.reconciles()).as(r.toString()).isTrue());

    assertThat(pairs(rows("silver/cast"), "person"))
        .containsExactlyInAnyOrder("s2 Ama Qamata", "s2 Khosi Ngema", "s3 Louis C.K.");
    assertThat(pairs(rows("silver/directors"), "person"))
        .containsExactlyInAnyOrder("s1 Kirsten Johnson", "s3 Louis C.K.", "s4 Ann", "s4 Bo");
    assertThat(pairs(rows("silver/categories"), "category"))
        .contains("s2 International TV Shows", "s2 TV Dramas");
  }

  @Test
  void givenACatalogueFile_gold_keysTitlesByTextIdsAndDropsQuarantinedTitlesNames() {
    gold.forEach(r -> assertThat(r.reconciles()).as(r.toString()).isTrue());

    assertThat(rows("gold/dim_title"))
        .extracting(r -> (String) r.getAs("show_id"))
        .containsExactlyInAnyOrder("s1", "s2", "s3", "80001");
    LayerResult directors =
        gold.stream()
            .filter(r -> r.table().equals(GoldTable.BRIDGE_TITLE_DIRECTOR.table()))
            .findFirst()
            .orElseThrow();
    assertThat(directors.dropped()).as("s4 was quarantined, its directors go").isEqualTo(2);
  }

  private static Map<String, Row> byId(List<Row> rows) {
    return rows.stream().collect(Collectors.toMap(r -> r.getAs("show_id"), r -> r));
  }

  private static List<String> pairs(List<Row> rows, String value) {
    return rows.stream().map(r -> r.getAs("show_id") + " " + r.getAs(value)).toList();
  }

  private static Map<String, Long> failed(LayerResult result) {
    return result.expectations().stream()
        .collect(Collectors.toMap(ExpectationResult::name, ExpectationResult::failed));
  }

  private static List<Row> rows(String table) {
    return delta.read(root.resolve(table).toString()).collectAsList();
  }

  private static void write(String relative, String content) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
