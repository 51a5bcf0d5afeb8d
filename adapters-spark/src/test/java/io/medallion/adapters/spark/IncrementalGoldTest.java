package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.delta.tables.DeltaTable;
import io.medallion.application.port.out.LakeReset;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

  private static final String RETENTION_CHECK =
      "spark.databricks.delta.retentionDurationCheck.enabled";
  private static final String HEADER =
      "duration_minutes,duration_seasons,type,title,date_added,release_year,rating,description,"
          + "show_id\n";
  private static final String FIRST =
      HEADER + "90,,Movie,Alpha,9/9/2019,2019,R,First,1\n,2,TV Show,Beta,1/2/2020,2020,TV-MA,B,2\n";
  private static final String SECOND =
      HEADER + "91,,Movie,Alpha,9/9/2019,2019,PG,Second,1\n80,,Movie,Gamma,1/2/2021,2021,R,G,3\n";
  private static final String CAST_FIRST = "cast,show_id\nAda,1\nBob,2\n";
  private static final String CAST_SECOND = "cast,show_id\nCy,1\nDee,3\n";
  private static final String CAST_WITH_ORPHAN = "cast,show_id\nAda,1\nBob,2\nZed,4\n";
  private static final String TITLE_FOUR = "100,,Movie,Delta,3/3/2021,2021,PG,D,4\n";

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
  void givenAnOrphanWhoseTitleArrivesLater_bridge_gainsItByRejudgingOnlyThatTitle(
      SparkSession spark, @TempDir Path lakeRoot) throws Exception {
    write(lakeRoot, "netflix_titles-1.csv", FIRST, "netflix_cast-1.csv", CAST_WITH_ORPHAN);
    LayerResult first = runAll(spark, lakeRoot).get(GoldTable.BRIDGE_TITLE_CAST);
    assertThat(first.rowsIn()).isEqualTo(3);
    assertThat(first.dropped()).as("Zed's title 4 is not there yet").isEqualTo(1);
    Path landing = lakeRoot.resolve(LakeLayout.LANDING_TITLES);
    Files.writeString(landing.resolve("netflix_titles-2.csv"), HEADER + TITLE_FOUR);

    LayerResult second = runAll(spark, lakeRoot).get(GoldTable.BRIDGE_TITLE_CAST);

    assertThat(second.rowsIn()).as("only title 4's cast is judged again").isEqualTo(1);
    assertThat(second.rowsOut()).isEqualTo(1);
    assertThat(second.dropped()).isZero();
    assertThat(rows(new DeltaTables(spark), lakeRoot, GoldTable.BRIDGE_TITLE_CAST))
        .containsExactlyInAnyOrder("[1,Ada]", "[2,Bob]", "[4,Zed]");
  }

  @Test
  void givenANewLongestMovie_dimTitle_judgesOnlyItAndTheOtherTitlesStayPut(
      SparkSession spark, @TempDir Path lakeRoot) throws Exception {
    write(
        lakeRoot,
        "netflix_titles-1.csv",
        FIRST + "100,,Movie,Bravo,1/1/2020,2020,R,B,4\n",
        "netflix_cast-1.csv",
        CAST_FIRST);
    runAll(spark, lakeRoot);
    long castVersion = goldVersions(spark, lakeRoot).get(GoldTable.BRIDGE_TITLE_CAST.name());
    DeltaTables delta = new DeltaTables(spark);
    Set<String> before = rows(delta, lakeRoot, GoldTable.DIM_TITLE);
    Path landing = lakeRoot.resolve(LakeLayout.LANDING_TITLES);
    Files.writeString(
        landing.resolve("netflix_titles-2.csv"),
        HEADER + "120,,Movie,Charlie,2/2/2022,2022,PG,C,5\n");

    Map<GoldTable, LayerResult> second = runAll(spark, lakeRoot);

    // The rank of movies by length is the warehouse's (reporting.v_titles), not the dimension's:
    // a new longest movie no longer rewrites the others.
    assertThat(second.get(GoldTable.DIM_TITLE).rowsIn()).as("the new movie only").isEqualTo(1);
    assertThat(rows(delta, lakeRoot, GoldTable.DIM_TITLE))
        .hasSize(4)
        .containsAll(before)
        .anyMatch(r -> r.startsWith("[5,Movie,Charlie,"));
    LayerResult cast = second.get(GoldTable.BRIDGE_TITLE_CAST);
    assertThat(cast.rowsIn()).as("the new title has no cast").isZero();
    assertThat(cast.version())
        .as("a commit recording what was consumed")
        .isEqualTo(castVersion + 1);
    assertThat(rows(delta, lakeRoot, GoldTable.BRIDGE_TITLE_CAST))
        .containsExactlyInAnyOrder("[1,Ada]", "[2,Bob]");
    Map<String, Long> versions = goldVersions(spark, lakeRoot);
    runAll(spark, lakeRoot);
    assertThat(goldVersions(spark, lakeRoot)).isEqualTo(versions);
  }

  @Test
  void givenADimensionOfAnEarlierReleaseWithDurationRank_publish_rebuildsItWithTheContractsColumns(
      SparkSession spark, @TempDir Path lakeRoot) throws Exception {
    write(lakeRoot, "netflix_titles-1.csv", FIRST, "netflix_cast-1.csv", CAST_FIRST);
    runAll(spark, lakeRoot);
    DeltaTables delta = new DeltaTables(spark);
    String dim = new LakeLocations(lakeRoot.toString()).table(GoldTable.DIM_TITLE.table());
    Set<String> before = rows(delta, lakeRoot, GoldTable.DIM_TITLE);
    spark.sql("ALTER TABLE delta.`" + dim + "` ADD COLUMNS (duration_rank INT)");
    write(lakeRoot, "netflix_titles-2.csv", SECOND, "netflix_cast-2.csv", CAST_SECOND);

    runAll(spark, lakeRoot);

    assertThat(delta.columns(dim)).isEqualTo(GoldTable.DIM_TITLE.columns());
    assertThat(rows(delta, lakeRoot, GoldTable.DIM_TITLE))
        .hasSize(3)
        .anyMatch(r -> r.startsWith("[3,Movie,Gamma,"))
        .doesNotContainAnyElementsOf(
            before.stream().filter(r -> r.startsWith("[1,")).toList()); // Alpha changed
  }

  @Test
  void givenAChangeFeedVacuumedAway_bridge_isRebuiltWholeAndRight(
      SparkSession spark, @TempDir Path lakeRoot) throws Exception {
    write(lakeRoot, "netflix_titles-1.csv", FIRST, "netflix_cast-1.csv", CAST_FIRST);
    runAll(spark, lakeRoot);
    write(lakeRoot, "netflix_titles-2.csv", SECOND, "netflix_cast-2.csv", CAST_SECOND);
    LakeLocations lake = new LakeLocations(lakeRoot.toString());
    DeltaTables delta = new DeltaTables(spark);
    SparkLayerEngine engine = SparkLayerEngine.over(spark, lake, delta);
    NetflixMedallion.bronze().forEach(s -> engine.load(s, run));
    NetflixMedallion.silver().forEach(s -> engine.refine(s, run));
    String silverCast = lake.table(TableName.of(Layer.SILVER, Feed.CAST.table()));
    assertThat(Path.of(silverCast).resolve("_change_data"))
        .as("the cast merge wrote its change feed")
        .isDirectoryContaining(p -> p.toString().endsWith(".parquet"));
    spark.conf().set(RETENTION_CHECK, "false");
    try {
      DeltaTable.forPath(spark, silverCast).vacuum(0.0);
    } finally {
      spark.conf().unset(RETENTION_CHECK);
    }
    assertThat(Path.of(silverCast).resolve("_change_data"))
        .isDirectoryNotContaining(p -> p.toString().endsWith(".parquet"));

    LayerResult cast =
        NetflixMedallion.gold().stream()
            .map(s -> engine.publish(s, run))
            .filter(r -> r.table().equals(GoldTable.BRIDGE_TITLE_CAST.table()))
            .findFirst()
            .orElseThrow();

    assertThat(cast.rowsIn()).as("every silver cast row judged").isEqualTo(3);
    assertThat(rows(delta, lakeRoot, GoldTable.BRIDGE_TITLE_CAST))
        .containsExactlyInAnyOrder("[1,Cy]", "[2,Bob]", "[3,Dee]");
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

  /** Every layer once, as a run does (a layer's tables side by side); gold's results by table. */
  private Map<GoldTable, LayerResult> runAll(SparkSession spark, Path root) {
    LakeLocations lake = new LakeLocations(root.toString());
    DeltaTables delta = new DeltaTables(spark);
    SparkLayerEngine engine = SparkLayerEngine.over(spark, lake, delta);
    engine.loadAll(NetflixMedallion.bronze(), run);
    engine.refineAll(NetflixMedallion.silver(), run, r -> {});
    Map<GoldTable, LayerResult> gold = new EnumMap<>(GoldTable.class);
    engine.publishAll(NetflixMedallion.gold(), run, r -> gold.put(goldTable(r.table()), r));
    return gold;
  }

  private static GoldTable goldTable(TableName name) {
    return Arrays.stream(GoldTable.values())
        .filter(t -> t.table().equals(name))
        .findFirst()
        .orElseThrow();
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
