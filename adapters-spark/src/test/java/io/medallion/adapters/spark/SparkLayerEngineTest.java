package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.ExpectationFailedException;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.quality.Rule;
import io.medallion.domain.quality.Tolerance;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.actions.Protocol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import scala.Option;

@ExtendWith(SharedSpark.class)
class SparkLayerEngineTest {

  private static final String DELETION_VECTORS_BY_DEFAULT =
      "spark.databricks.delta.properties.defaults.enableDeletionVectors";

  private static final String BOM = "\uFEFF";
  private static final String TITLES =
      BOM
          + "duration_minutes,duration_seasons,type,title,date_added,release_year,rating,description,show_id\r\n"
          + "90,,Movie,Alpha: The Film,9/9/2019,2019,TV-PG,\"A \"\"quoted\"\" story, with commas\",1\r\n"
          + "120,,Movie,Beta,1/2/2020,2018,TV-MA,\"Two\r\nlines\",2\r\n"
          + ",3,TV Show,Gamma,,2015,TV-Y7-FV,A show,3\r\n"
          + "abc,,Movie,Bad Minutes,9/9/2019,2019,R,Broken,4\r\n"
          + "95,,Movie,No Id,9/9/2019,2019,R,Lost,\r\n"
          + "100,,Movie,Alpha Again ,9/9/2019,2019,XX,Later copy wins,1\r\n";
  private static final String CAST =
      BOM + "cast,show_id\r\nAda ,1\r\nAda,1\r\nBob,2\r\n  ,3\r\nOrphan,99\r\n";

  private final RunId run = RunId.startingAt(Instant.parse("2026-11-24T10:00:00Z"));
  private SparkLayerEngine engine;
  private SparkLakeTables tables;
  private DeltaTables delta;
  private LakeLocations lake;
  private Path root;

  @BeforeEach
  void setUp(SparkSession spark, @TempDir Path dir) throws Exception {
    root = dir;
    lake = new LakeLocations(dir.toString());
    delta = new DeltaTables(spark);
    engine = SparkLayerEngine.over(spark, lake, delta);
    tables = new SparkLakeTables(spark, lake, delta);
    write(LakeLayout.LANDING_TITLES + "/netflix_titles-a.csv", TITLES);
    write(LakeLayout.rawFolder(Feed.CAST) + "/netflix_cast-a.csv", CAST);
    for (Feed feed : List.of(Feed.DIRECTORS, Feed.COUNTRIES, Feed.CATEGORIES)) {
      write(
          LakeLayout.rawFolder(feed) + "/" + feed.fileStem() + "-a.csv",
          String.join(",", feed.columns()) + "\r\nX,1\r\nY,2\r\n");
    }
  }

  @Test
  void givenTutorialLayout_theWholeMedallion_reconcilesEveryTable(SparkSession spark) {
    List<LayerResult> bronze = engine.loadAll(NetflixMedallion.bronze(), run);
    assertThat(bronze)
        .extracting(LayerResult::table)
        .as("side by side, reported in the plan's order")
        .containsExactlyElementsOf(
            NetflixMedallion.bronze().stream().map(s -> s.target()).toList());
    bronze.forEach(this::assertReconciles);
    List<LayerResult> silver =
        NetflixMedallion.silver().stream().map(s -> engine.refine(s, run)).toList();
    // As on Databricks, where new tables get deletion vectors unless they say otherwise.
    spark.conf().set(DELETION_VECTORS_BY_DEFAULT, "true");
    List<LayerResult> gold;
    try {
      gold = NetflixMedallion.gold().stream().map(s -> engine.publish(s, run)).toList();
    } finally {
      spark.conf().unset(DELETION_VECTORS_BY_DEFAULT);
    }
    for (GoldTable table : GoldTable.values()) {
      Protocol protocol =
          DeltaLog.forTable(spark, lake.table(table.table()))
              .update(false, Option.empty(), Option.empty())
              .protocol();
      assertThat(protocol.minReaderVersion())
          .as("%s stays readable by Synapse serverless (Delta reader 1)", table)
          .isEqualTo(1);
    }
    silver.forEach(this::assertReconciles);
    gold.forEach(this::assertReconciles);

    LayerResult titles = silver.get(0);
    assertThat(titles.rowsIn()).isEqualTo(6);
    assertThat(titles.quarantined()).isEqualTo(2);
    assertThat(titles.dropped()).isEqualTo(1);
    assertThat(titles.rowsOut()).isEqualTo(3);
    assertThat(failed(titles))
        .containsEntry("show_id_present", 1L)
        .containsEntry("movie_minutes_numeric", 1L)
        .containsEntry("rating_known", 1L);
    LayerResult cast = silver.get(1);
    assertThat(cast.rowsIn()).isEqualTo(5);
    assertThat(cast.dropped()).isEqualTo(2); // blank name, duplicate pair after trimming
    assertThat(cast.rowsOut()).isEqualTo(3);
    assertThat(gold.get(1).dropped()).as("orphan cast row kept out of gold").isEqualTo(1);
    // Gamma has no date and Alpha no known rating: each counts in its kind's null group, so per
    // kind the aggregates' groups sum to the dimension's titles.
    Map<String, Long> titlesPerKind = perKind(spark, "count(*)", GoldTable.DIM_TITLE);
    assertThat(perKind(spark, "sum(titles)", GoldTable.AGG_TITLES_BY_YEAR))
        .isEqualTo(titlesPerKind);
    assertThat(perKind(spark, "sum(titles)", GoldTable.AGG_TITLES_BY_RATING))
        .isEqualTo(titlesPerKind);
    assertThat(
            spark
                .sql(
                    "SELECT kind FROM delta.`%s` WHERE rating IS NULL"
                        .formatted(lake.table(GoldTable.AGG_TITLES_BY_RATING.table())))
                .collectAsList())
        .extracting(r -> r.getString(0))
        .containsExactly("Movie");
  }

  private Map<String, Long> perKind(SparkSession spark, String count, GoldTable table) {
    return spark
        .sql(
            "SELECT kind, %s FROM delta.`%s` GROUP BY kind"
                .formatted(count, lake.table(table.table())))
        .collectAsList()
        .stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> ((Number) r.get(1)).longValue()));
  }

  @Test
  void givenOneFeedRefused_loadAll_throwsAfterEveryOtherFeedLoaded() throws Exception {
    write(LakeLayout.rawFolder(Feed.CAST) + "/netflix_cast-b.csv", "who,what\r\nX,1\r\n");

    assertThatThrownBy(() -> engine.loadAll(NetflixMedallion.bronze(), run))
        .hasMessageContaining("netflix_cast-b.csv");
    assertThat(delta.exists(lake.table(NetflixMedallion.bronze().get(1).target())))
        .as("the refused feed wrote nothing")
        .isFalse();
    for (Feed feed : List.of(Feed.TITLES, Feed.DIRECTORS, Feed.COUNTRIES, Feed.CATEGORIES)) {
      assertThat(rows("bronze/" + feed.table())).as(feed.table()).isNotEmpty();
    }
  }

  @Test
  void givenDuplicatesAndDirt_silverTitles_areTypedCleanedAndLatestWins() {
    loadAndRefine();

    Map<String, Row> byId =
        rows("silver/titles").stream().collect(Collectors.toMap(r -> r.getAs("show_id"), r -> r));
    assertThat(byId).containsOnlyKeys("1", "2", "3");
    Row alpha = byId.get("1");
    // Trimmed: "Alpha Again " in the file.
    assertThat((String) alpha.getAs("title")).isEqualTo("Alpha Again");
    assertThat((Object) alpha.getAs("rating")).isNull();
    Row beta = byId.get("2");
    assertThat((String) beta.getAs("description")).contains("Two").contains("lines");
    assertThat((Integer) beta.getAs("duration_minutes")).isEqualTo(120);
    assertThat((Object) beta.getAs("duration_seasons")).isNull();
    Row gamma = byId.get("3");
    assertThat((String) gamma.getAs("rating")).isEqualTo("TV-Y7");
    assertThat((Integer) gamma.getAs("duration_seasons")).isEqualTo(3);
    assertThat((Object) gamma.getAs("duration_minutes")).isNull();
    assertThat((Integer) gamma.getAs("type_flag")).isEqualTo(2);
    assertThat(rows("silver/titles_quarantine"))
        .extracting(r -> r.getList(r.fieldIndex("_failed_rules")).toString())
        .containsExactlyInAnyOrder("[movie_minutes_numeric]", "[show_id_present]");
  }

  @Test
  void givenLoadedFiles_aSecondLoad_readsNothingNew() throws Exception {
    BronzeSpec titles = BronzeSpec.of(Feed.TITLES);
    assertThat(engine.load(titles, run).rowsOut()).isEqualTo(6);

    assertThat(engine.load(titles, run).rowsOut()).isZero();
    write(
        LakeLayout.LANDING_TITLES + "/netflix_titles-b.csv",
        "duration_minutes,duration_seasons,type,title,date_added,release_year,rating,description,show_id\n"
            + "80,,Movie,Delta,9/9/2019,2019,R,New,5\n");
    write(LakeLayout.LANDING_TITLES + "/other.csv", "not,a,title,file\n");
    assertThat(engine.load(titles, run).rowsOut()).isEqualTo(1);
    assertThat(rows("bronze/titles")).hasSize(7);
  }

  @Test
  void givenGold_snapshot_listsOnlyTheLiveFilesOfTheVersion() {
    loadAndRefine();
    GoldSpec dim = NetflixMedallion.gold().get(0);
    engine.publish(dim, run);
    String path = lake.table(GoldTable.DIM_TITLE.table());
    // a second version whose files replace the first's
    long second = delta.replace(delta.read(path).localCheckpoint(), path);

    TableSnapshot snapshot = tables.snapshot(GoldTable.DIM_TITLE.table());

    assertThat(snapshot.version()).isEqualTo(second);
    assertThat(snapshot.columns())
        .extracting(TableSnapshot.Column::name)
        .containsExactlyElementsOf(GoldTable.DIM_TITLE.columns());
    assertThat(snapshot.files()).isNotEmpty().allSatisfy(f -> assertThat(Path.of(f)).exists());
    long parquetInFolder;
    try (var files = Files.list(root.resolve("gold/dim_title"))) {
      parquetInFolder = files.filter(f -> f.toString().endsWith(".parquet")).count();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThat(parquetInFolder)
        .as("the first version's files stay in the folder")
        .isGreaterThan(snapshot.files().size());
    assertThat(tables.list())
        .extracting(t -> t.table().toString())
        .contains("bronze.titles", "silver.titles", "silver.titles_quarantine", "gold.dim_title");
    long liveBytes = snapshot.files().stream().mapToLong(f -> Path.of(f).toFile().length()).sum();
    assertThat(tables.list())
        .filteredOn(t -> t.table().toString().equals("gold.dim_title"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.files())
                  .as("only the live version's files")
                  .isEqualTo(snapshot.files().size());
              assertThat(t.bytes()).isEqualTo(liveBytes);
            });
  }

  @Test
  void givenFailExpectation_refine_stopsWithSampleKeysAndWritesNothing() {
    engine.load(BronzeSpec.of(Feed.TITLES), run);
    SilverSpec strict =
        new SilverSpec(
            Feed.TITLES,
            BronzeSpec.of(Feed.TITLES).target(),
            NetflixMedallion.silver().get(0).target(),
            List.of("show_id"),
            List.of(Expectation.fail("rating_is_r", Rule.inSet("rating", "R"))));

    assertThatThrownBy(() -> engine.refine(strict, run))
        .isInstanceOf(ExpectationFailedException.class)
        .hasMessageContaining("silver.titles")
        .hasMessageContaining("rating_is_r")
        .hasMessageContaining("4 row(s)");
    assertThat(delta.exists(lake.table(strict.target()))).isFalse();
  }

  @Test
  void givenTooFewAndTooManyFields_bronzeKeepsTheRawRecord_andSilverQuarantinesIt()
      throws Exception {
    write(
        LakeLayout.LANDING_TITLES + "/netflix_titles-b.csv",
        "duration_minutes,duration_seasons,type,title,date_added,release_year,rating,description,"
            + "show_id\n"
            + "80,,Movie,Short Row\n"
            + "81,,Movie,Long Row,9/9/2019,2019,R,Extra,7,surplus\n");
    engine.load(BronzeSpec.of(Feed.TITLES), run);

    // Pinned: Spark keeps the fields it has (missing ones null, surplus ones cut) and puts the
    // whole raw line in the corrupt-record column, for both shapes.
    Map<String, Row> bronze =
        rows("bronze/titles").stream()
            .filter(r -> r.getAs(BronzeSpec.CORRUPT_RECORD) != null)
            .collect(Collectors.toMap(r -> r.getAs("title"), r -> r));
    assertThat(bronze).containsOnlyKeys("Short Row", "Long Row");
    assertThat((String) bronze.get("Short Row").getAs(BronzeSpec.CORRUPT_RECORD))
        .isEqualTo("80,,Movie,Short Row");
    assertThat((Object) bronze.get("Short Row").getAs("show_id")).isNull();
    assertThat((String) bronze.get("Long Row").getAs("show_id")).isEqualTo("7");

    LayerResult titles = engine.refine(NetflixMedallion.silver().get(0), run);

    assertThat(failed(titles)).containsEntry("record_well_formed", 2L);
    assertThat(rows("silver/titles_quarantine"))
        .filteredOn(r -> r.getAs(BronzeSpec.CORRUPT_RECORD) != null)
        .extracting(r -> r.getList(r.fieldIndex("_failed_rules")).get(0))
        .containsOnly("record_well_formed");
  }

  @Test
  void givenMoreQuarantinedThanTheLimit_refine_stopsBeforeWriting() {
    engine.load(BronzeSpec.of(Feed.TITLES), run);
    SilverSpec titles = NetflixMedallion.silver().get(0);
    SilverSpec limited =
        new SilverSpec(
            titles.feed(),
            titles.source(),
            titles.target(),
            titles.key(),
            titles.expectations(),
            Tolerance.share(0.25));

    assertThatThrownBy(() -> engine.refine(limited, run))
        .isInstanceOf(ExpectationFailedException.class)
        .hasMessageContaining(SilverSpec.QUARANTINE_LIMIT)
        .hasMessageContaining("2 row(s)");
    assertThat(delta.exists(lake.table(titles.target()))).isFalse();
  }

  @Test
  void givenPublishedGold_delta_refusesANullKeyOrABrokenCheck(SparkSession spark) {
    loadAndRefine();
    engine.publish(NetflixMedallion.gold().get(0), run);
    String dim = lake.table(GoldTable.DIM_TITLE.table());
    Dataset<Row> one = delta.read(dim).limit(1);

    assertThatThrownBy(
            () ->
                one.withColumn("show_id", lit(null).cast("string"))
                    .write()
                    .format("delta")
                    .mode("append")
                    .save(dim))
        .hasMessageContaining("show_id");
    assertThatThrownBy(
            () ->
                one.withColumn("type_flag", lit(7))
                    .write()
                    .format("delta")
                    .mode("append")
                    .save(dim))
        .hasMessageContaining("kind_known");
    assertThat(delta.read(dim).count()).as("the refused commits left the table whole").isEqualTo(3);
    assertThat(engine.publish(NetflixMedallion.gold().get(0), run).rowsIn())
        .as("inputs unchanged: nothing to rebuild")
        .isZero();
  }

  @Test
  void givenReorderedRenamedAndExtraColumns_load_matchesByNameAndRescuesTheRest() throws Exception {
    write(
        LakeLayout.rawFolder(Feed.CAST) + "/netflix_cast-b.csv",
        " Show ID ,CAST,source_system\r\n81145628,Ava,crm\r\n70234439,\"Bob, Jr.\",\r\n");
    write(
        LakeLayout.rawFolder(Feed.CAST) + "/netflix_cast-c.csv",
        new String(new char[] {'\uFEFF'}) + "cast,show_id\r\nCy,1\r\n",
        StandardCharsets.UTF_16LE);

    assertThat(engine.load(BronzeSpec.of(Feed.CAST), run).rowsOut()).isEqualTo(8);

    Map<String, Row> byName =
        rows("bronze/cast").stream().collect(Collectors.toMap(r -> r.getAs("cast"), r -> r));
    assertThat((String) byName.get("Ava").getAs("show_id")).isEqualTo("81145628");
    assertThat((String) byName.get("Ava").getAs(BronzeSpec.RESCUED_DATA))
        .isEqualTo("{\"source_system\":\"crm\"}");
    assertThat((String) byName.get("Bob, Jr.").getAs("show_id")).isEqualTo("70234439");
    assertThat((String) byName.get("Cy").getAs("show_id")).as("read as UTF-16").isEqualTo("1");
    assertThat((Object) byName.get("Cy").getAs(BronzeSpec.RESCUED_DATA)).isNull();
  }

  @Test
  void givenFileLackingAColumn_load_failsNamingFileAndColumnAndWritesNothing() throws Exception {
    write(LakeLayout.rawFolder(Feed.CAST) + "/netflix_cast-b.csv", "cast\r\nAda\r\n");

    assertThatThrownBy(() -> engine.load(BronzeSpec.of(Feed.CAST), run))
        .hasMessageContaining("netflix_cast-b.csv")
        .hasMessageContaining("lacks the column(s) [show_id]");
    assertThat(delta.exists(lake.table(BronzeSpec.of(Feed.CAST).target()))).isFalse();
  }

  private void loadAndRefine() {
    NetflixMedallion.bronze().forEach(s -> engine.load(s, run));
    NetflixMedallion.silver().forEach(s -> engine.refine(s, run));
  }

  private void assertReconciles(LayerResult result) {
    assertThat(result.reconciles()).as(result.toString()).isTrue();
  }

  private static Map<String, Long> failed(LayerResult result) {
    return result.expectations().stream()
        .collect(Collectors.toMap(ExpectationResult::name, ExpectationResult::failed));
  }

  private List<Row> rows(String table) {
    return delta.read(root.resolve(table).toString()).collectAsList();
  }

  private void write(String relative, String content) throws Exception {
    write(relative, content, StandardCharsets.UTF_8);
  }

  private void write(String relative, String content, java.nio.charset.Charset charset)
      throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, charset);
  }
}
