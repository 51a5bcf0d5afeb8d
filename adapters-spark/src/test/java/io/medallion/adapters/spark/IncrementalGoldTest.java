package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.in.RunId;
import io.medallion.application.port.out.LakeReset;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.TableName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gold built run by run equals gold a full refresh rebuilds at once; a run with nothing new commits
 * nothing.
 */
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
  void givenTwoRuns_incrementalGold_equalsGoldAFullRefreshRebuildsAndANothingNewRunCommitsNothing(
      SparkSession spark, @TempDir Path lakeRoot) throws Exception {
    write(lakeRoot, "netflix_titles-1.csv", FIRST, "netflix_cast-1.csv", CAST_FIRST);
    runAll(spark, lakeRoot);
    write(lakeRoot, "netflix_titles-2.csv", SECOND, "netflix_cast-2.csv", CAST_SECOND);
    runAll(spark, lakeRoot);
    Map<String, Long> versions = goldVersions(spark, lakeRoot);

    runAll(spark, lakeRoot);

    assertThat(goldVersions(spark, lakeRoot)).isEqualTo(versions);
    DeltaTables delta = new DeltaTables(spark);
    Map<GoldTable, Set<String>> incremental = new EnumMap<>(GoldTable.class);
    for (GoldTable table : GoldTable.values()) {
      incremental.put(table, rows(delta, lakeRoot, table));
    }
    assertThat(incremental.get(GoldTable.BRIDGE_TITLE_CAST))
        .containsExactlyInAnyOrder("[1,Cy]", "[2,Bob]", "[3,Dee]");
    assertThat(incremental.get(GoldTable.DIM_TITLE)).hasSize(3);

    // A full refresh: every table and checkpoint gone, downstream first, then one run.
    SparkLakeReset reset = new SparkLakeReset(spark, new LakeLocations(lakeRoot.toString()), delta);
    List<TableName> all =
        new ArrayList<>(reset.tables().stream().map(LakeReset.ResettableTable::table).toList());
    Collections.reverse(all);
    reset.reset(all);
    assertThat(reset.tables()).isEmpty();
    runAll(spark, lakeRoot);

    for (GoldTable table : GoldTable.values()) {
      assertThat(rows(delta, lakeRoot, table)).as(table.name()).isEqualTo(incremental.get(table));
    }
    String bronzeTitles =
        new LakeLocations(lakeRoot.toString()).table(NetflixMedallion.bronze().get(0).target());
    assertThat(delta.version(bronzeTitles)).as("bronze rebuilt in one commit").isZero();
    assertThat(delta.read(bronzeTitles).count()).as("from every landed file").isEqualTo(4);
    assertThat(lakeRoot.resolve("_trash")).doesNotExist();
  }

  @Test
  void givenATableMarkedToKeep_tables_sayItMayNotBeReset(SparkSession spark, @TempDir Path lakeRoot)
      throws Exception {
    write(lakeRoot, "netflix_titles-1.csv", FIRST, "netflix_cast-1.csv", CAST_FIRST);
    LakeLocations lake = new LakeLocations(lakeRoot.toString());
    DeltaTables delta = new DeltaTables(spark);
    SparkLayerEngine.over(spark, lake, delta).load(NetflixMedallion.bronze().get(0), run);
    SparkLakeReset reset = new SparkLakeReset(spark, lake, delta);
    TableName titles = NetflixMedallion.bronze().get(0).target();

    reset.allowReset(titles, false);

    assertThat(reset.tables()).contains(new LakeReset.ResettableTable(titles, false));
    reset.allowReset(titles, true);
    assertThat(reset.tables()).contains(new LakeReset.ResettableTable(titles, true));
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
