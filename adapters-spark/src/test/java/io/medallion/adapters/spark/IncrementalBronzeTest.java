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
