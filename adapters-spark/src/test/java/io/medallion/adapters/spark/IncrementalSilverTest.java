package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Silver takes only bronze's new rows, by MERGE: history kept, replays harmless. */
@ExtendWith(SharedSpark.class)
class IncrementalSilverTest {

  private static final String TITLES_HEADER =
      "duration_minutes,duration_seasons,type,title,date_added,release_year,rating,description,"
          + "show_id\n";

  private final RunId run = RunId.startingAt(Instant.parse("2026-11-25T10:00:00Z"));
  private SparkLayerEngine engine;
  private DeltaTables delta;
  private LakeLocations lake;
  private Path root;

  @BeforeEach
  void setUp(SparkSession spark, @TempDir Path dir) throws Exception {
    root = dir;
    lake = new LakeLocations(dir.toString());
    delta = new DeltaTables(spark);
    engine = SparkLayerEngine.over(spark, lake, delta);
    write(
        LakeLayout.LANDING_TITLES + "/netflix_titles-1.csv",
        TITLES_HEADER
            + "90,,Movie,Alpha,9/9/2019,2019,R,First,1\n95,,Movie,Beta,9/9/2019,2019,R,B,2\n");
    write(
        LakeLayout.rawFolder(Feed.CAST) + "/netflix_cast-1.csv",
        "cast,show_id\nAda,1\nBob,1\nCy,2\n");
  }

  @Test
  void givenNothingNew_refine_commitsNothingAndReadsNothing() {
    runBronzeAndSilver();
    long titles = version("silver/titles");
    long cast = version("silver/cast");

    List<LayerResult> again = runBronzeAndSilver();

    assertThat(version("silver/titles")).isEqualTo(titles);
    assertThat(version("silver/cast")).isEqualTo(cast);
    assertThat(again).allSatisfy(r -> assertThat(r.rowsIn()).isZero());
  }

  @Test
  void givenAChangedTitle_refine_upsertsItAndKeepsItsHistory() throws Exception {
    runBronzeAndSilver();
    write(
        LakeLayout.LANDING_TITLES + "/netflix_titles-2.csv",
        TITLES_HEADER + "91,,Movie,Alpha,9/9/2019,2019,R,Second,1\n");

    LayerResult titles = runBronzeAndSilver().get(0);

    assertThat(titles.rowsIn()).isEqualTo(1);
    assertThat(rows("silver/titles"))
        .extracting(r -> r.getAs("show_id") + " " + r.getAs("description"))
        .containsExactlyInAnyOrder("1 Second", "2 B");
    List<Row> history = rows("silver/titles_history");
    assertThat(history)
        .extracting(
            r -> r.getAs("show_id") + " " + r.getAs("description") + " " + r.getAs("is_current"))
        .containsExactlyInAnyOrder("1 First false", "1 Second true", "2 B true");
    Row closed =
        history.stream().filter(r -> !r.<Boolean>getAs("is_current")).findFirst().orElseThrow();
    assertThat((Object) closed.getAs("valid_to")).isNotNull();
  }

  @Test
  void givenANewLookupVersion_refine_replacesTheNamesOfItsShowIdsOnly() throws Exception {
    runBronzeAndSilver();
    write(LakeLayout.rawFolder(Feed.CAST) + "/netflix_cast-2.csv", "cast,show_id\nAda,1\nDee,1\n");

    runBronzeAndSilver();

    assertThat(pairs("silver/cast")).containsExactlyInAnyOrder("1 Ada", "1 Dee", "2 Cy");
  }

  @Test
  void givenAFinishedBatch_replayedThreeTimes_changesNoRow() {
    runBronzeAndSilver();
    Set<String> titles = all("silver/titles");
    Set<String> history = all("silver/titles_history");
    Set<String> quarantine = all("silver/cast");
    SilverSpec spec = NetflixMedallion.silver().get(0);
    String path = lake.table(spec.target());

    for (int i = 0; i < 3; i++) {
      // forget what was consumed, as a run that died before its silver commit would
      delta.recordingConsumed(
          path,
          java.util.Map.of(),
          () -> delta.read(path).limit(0).write().format("delta").mode("append").save(path));
      engine.refine(spec, run);
    }

    assertThat(all("silver/titles")).isEqualTo(titles);
    assertThat(all("silver/titles_history")).isEqualTo(history);
    assertThat(all("silver/cast")).isEqualTo(quarantine);
  }

  private List<LayerResult> runBronzeAndSilver() {
    NetflixMedallion.bronze().forEach(s -> engine.load(s, run));
    return NetflixMedallion.silver().stream().map(s -> engine.refine(s, run)).toList();
  }

  private long version(String table) {
    return delta.version(root.resolve(table).toString());
  }

  private List<Row> rows(String table) {
    return delta.read(root.resolve(table).toString()).collectAsList();
  }

  private Set<String> all(String table) {
    return rows(table).stream().map(Row::toString).collect(Collectors.toSet());
  }

  private List<String> pairs(String table) {
    return rows(table).stream().map(r -> r.getAs("show_id") + " " + r.getAs("person")).toList();
  }

  private void write(String relative, String content) throws Exception {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
