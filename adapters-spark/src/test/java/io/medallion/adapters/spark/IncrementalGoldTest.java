package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.in.RunId;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Gold built run by run equals gold built at once; a run with nothing new commits nothing. */
@ExtendWith(SharedSpark.class)
class IncrementalGoldTest {

  private static final String HEADER =
      "duration_minutes,duration_seasons,type,title,date_added,release_year,rating,description,"
          + "show_id\n";
  private static final String FIRST =
      HEADER + "90,,Movie,Alpha,9/9/2019,2019,R,First,1\n,2,TV Show,Beta,1/2/2020,2020,TV-MA,B,2\n";
  private static final String SECOND =
      HEADER + "91,,Movie,Alpha,9/9/2019,2019,PG,Second,1\n80,,Movie,Gamma,1/2/2021,2021,R,G,3\n";
  private static final String CAST_FIRST = "cast,show_id\nAda,1\nBob,2\n";
  private static final String CAST_SECOND = "cast,show_id\nCy,1\nDee,3\n";

  private final RunId run = RunId.startingAt(Instant.parse("2026-11-25T10:00:00Z"));

  @Test
  void givenTwoRuns_incrementalGold_equalsGoldBuiltAtOnceAndANothingNewRunCommitsNothing(
      SparkSession spark, @TempDir Path incremental, @TempDir Path atOnce) throws Exception {
    write(incremental, "netflix_titles-1.csv", FIRST, "netflix_cast-1.csv", CAST_FIRST);
    runAll(spark, incremental);
    write(incremental, "netflix_titles-2.csv", SECOND, "netflix_cast-2.csv", CAST_SECOND);
    runAll(spark, incremental);
    Map<String, Long> versions = goldVersions(spark, incremental);

    runAll(spark, incremental);

    assertThat(goldVersions(spark, incremental)).isEqualTo(versions);
    write(atOnce, "netflix_titles-1.csv", FIRST, "netflix_cast-1.csv", CAST_FIRST);
    write(atOnce, "netflix_titles-2.csv", SECOND, "netflix_cast-2.csv", CAST_SECOND);
    runAll(spark, atOnce);
    DeltaTables delta = new DeltaTables(spark);
    for (GoldTable table : GoldTable.values()) {
      assertThat(rows(delta, incremental, table))
          .as(table.name())
          .isEqualTo(rows(delta, atOnce, table));
    }
    assertThat(rows(delta, incremental, GoldTable.BRIDGE_TITLE_CAST))
        .containsExactlyInAnyOrder("[1,Cy]", "[2,Bob]", "[3,Dee]");
    assertThat(rows(delta, incremental, GoldTable.DIM_TITLE)).hasSize(3);
  }

  private void runAll(SparkSession spark, Path root) {
    LakeLocations lake = new LakeLocations(root.toString());
    DeltaTables delta = new DeltaTables(spark);
    SparkLayerEngine engine = SparkLayerEngine.over(spark, lake, delta);
    NetflixMedallion.bronze().forEach(s -> engine.load(s, run));
    NetflixMedallion.silver().forEach(s -> engine.refine(s, run));
    NetflixMedallion.gold().forEach(s -> engine.publish(s, run));
  }

  private static Map<String, Long> goldVersions(SparkSession spark, Path root) {
    DeltaTables delta = new DeltaTables(spark);
    LakeLocations lake = new LakeLocations(root.toString());
    Map<String, Long> versions = new TreeMap<>();
    for (GoldTable table : GoldTable.values()) {
      versions.put(table.name(), delta.version(lake.table(table.table())));
    }
    return versions;
  }

  private static Set<String> rows(DeltaTables delta, Path root, GoldTable table) {
    return delta
        .read(new LakeLocations(root.toString()).table(table.table()))
        .select(
            table.columns().stream()
                .map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new))
        .collectAsList()
        .stream()
        .map(Row::toString)
        .collect(Collectors.toSet());
  }

  private static void write(
      Path root, String titles, String titlesText, String cast, String castText) throws Exception {
    Path landing = Files.createDirectories(root.resolve(LakeLayout.LANDING_TITLES));
    Files.writeString(landing.resolve(titles), titlesText);
    Path raw = Files.createDirectories(root.resolve(LakeLayout.rawFolder(Feed.CAST)));
    Files.writeString(raw.resolve(cast), castText);
  }
}
