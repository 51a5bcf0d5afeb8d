package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.LakeLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Bronze takes each version of each file once: across replays, lost checkpoints and rewrites. */
@ExtendWith(SharedSpark.class)
class IncrementalBronzeTest {

  private static final String HEADER = "cast,show_id\n";

  private final RunId run = RunId.startingAt(Instant.parse("2026-11-25T10:00:00Z"));
  private final BronzeSpec cast = BronzeSpec.of(Feed.CAST);
  private BronzeLoad bronze;
  private DeltaTables delta;
  private LakeLocations lake;
  private Path root;

  @BeforeEach
  void setUp(SparkSession spark, @TempDir Path dir) {
    root = dir;
    lake = new LakeLocations(dir.toString());
    delta = new DeltaTables(spark);
    bronze = new BronzeLoad(spark, lake, delta, FaultSwitch.NONE);
  }

  @Test
  void givenALostCheckpoint_load_readsTheFilesAgainWithoutDuplicatingARow() throws Exception {
    write("netflix_cast-a.csv", HEADER + "Ada,1\nBob,2\n");
    assertThat(bronze.load(cast, run).rowsOut()).isEqualTo(2);
    long version = delta.version(lake.table(cast.target()));

    deleteTree(Path.of(lake.checkpoint(cast.target())));
    write("netflix_cast-b.csv", HEADER + "Cy,3\n");

    assertThat(bronze.load(cast, run).rowsOut()).isEqualTo(1);
    assertThat(rows()).isEqualTo(3);
    assertThat(delta.version(lake.table(cast.target()))).isEqualTo(version + 1);
  }

  @Test
  void givenAFileChangedInPlace_load_takesItsNewVersionOnce() throws Exception {
    Path file = write("netflix_cast-a.csv", HEADER + "Ada,1\n");
    bronze.load(cast, run);

    Files.writeString(file, HEADER + "Ada,1\nBob,2\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(bronze.load(cast, run).rowsOut()).isEqualTo(2);
    assertThat(bronze.load(cast, run).rowsOut()).isZero();
    assertThat(rows()).isEqualTo(3);
  }

  @Test
  void givenAFileTouchedButNotChanged_load_takesNothing() throws Exception {
    Path file = write("netflix_cast-a.csv", HEADER + "Ada,1\n");
    bronze.load(cast, run);

    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(bronze.load(cast, run).rowsOut()).isZero();
    assertThat(rows()).isEqualTo(1);
  }

  @Test
  void givenAFileAnotherProcessTook_load_takesItsNextVersion(SparkSession spark) throws Exception {
    write("netflix_cast-a.csv", HEADER + "Ada,1\n");
    bronze.load(cast, run);
    // A warm process: a load with nothing new has seen the table as it is.
    assertThat(bronze.load(cast, run).rowsOut()).isZero();

    Path file = write("netflix_cast-b.csv", HEADER + "Bob,2\n");
    BronzeLoad other = new BronzeLoad(spark, lake, new DeltaTables(spark), FaultSwitch.NONE);
    assertThat(other.load(cast, run).rowsOut()).isEqualTo(1);
    Files.writeString(file, HEADER + "Bob,2\nCy,3\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

    // What this process knew of the table predates the other's commit: it must read it again to
    // know b, and so see b changed in place.
    assertThat(bronze.load(cast, run).rowsOut()).isEqualTo(2);
    assertThat(rows()).isEqualTo(4);
  }

  @Test
  void givenTheTableRebuiltToTheSameVersion_load_readsWhatItHoldsNow(SparkSession spark)
      throws Exception {
    write("netflix_cast-a.csv", HEADER + "Ada,1\n");
    bronze.load(cast, run);
    assertThat(bronze.load(cast, run).rowsOut()).isZero();
    long version = delta.version(lake.table(cast.target()));

    // Another process drops the table and its checkpoint, then loads only b: same version number.
    deleteTree(Path.of(lake.table(cast.target())));
    deleteTree(Path.of(lake.checkpoint(cast.target())));
    Path a = root.resolve(LakeLayout.rawFolder(Feed.CAST)).resolve("netflix_cast-a.csv");
    Path aside = Files.move(a, root.resolve("a.csv"));
    write("netflix_cast-b.csv", HEADER + "Bob,2\n");
    new BronzeLoad(spark, lake, new DeltaTables(spark), FaultSwitch.NONE).load(cast, run);
    assertThat(delta.version(lake.table(cast.target()))).isEqualTo(version);
    Files.move(aside, a);
    deleteTree(Path.of(lake.checkpoint(cast.target())));

    assertThat(bronze.load(cast, run).rowsOut()).isEqualTo(1);
    assertThat(rows()).isEqualTo(2);
  }

  private long rows() {
    return delta.read(lake.table(cast.target())).count();
  }

  private Path write(String name, String content) throws Exception {
    Path file = root.resolve(LakeLayout.rawFolder(Feed.CAST)).resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content);
  }

  private static void deleteTree(Path dir) throws Exception {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
