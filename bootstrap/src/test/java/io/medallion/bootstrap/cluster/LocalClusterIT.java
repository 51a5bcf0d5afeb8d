package io.medallion.bootstrap.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.medallion.GoldTable;
import io.medallion.generator.SampleCatalogue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo from the packaged jar on a real multi-process Spark cluster ({@code local-cluster}: two
 * workers, each launching one executor JVM) publishes the gold that local mode publishes, row for
 * row: no task depends on the driver's memory, static state, working folder or local-only paths.
 * Both runs are child JVMs over one generated sample, each in its own folder, side by side.
 */
class LocalClusterIT {

  private static final int TITLES = 200;
  private static final long SEED = 7;

  @TempDir static Path dir;

  private static DemoRun local;
  private static DemoRun cluster;

  // Side by side: a run this small spends much of its time in one driver thread.
  @BeforeAll
  static void runTheDemoInLocalModeAndOnACluster() throws Exception {
    PackagedJar jar = PackagedJar.fromThePom();
    Path sample = dir.resolve("sample");
    SampleCatalogue.write(sample, TITLES, SEED);
    SparkTarget twoExecutors = SparkTarget.localCluster(jar, dir.resolve("spark-home"));
    DemoRun.Running onCluster = DemoRun.start(jar, twoExecutors, dir.resolve("cluster"), sample);
    DemoRun.Running inLocalMode =
        DemoRun.start(jar, SparkTarget.local(), dir.resolve("local"), sample);
    try {
      cluster = onCluster.finish();
      local = inLocalMode.finish();
    } finally {
      onCluster.stop();
      inLocalMode.stop();
    }
  }

  @Test
  void givenLocalMode_tasks_ranInTheDriverOnly() {
    assertThat(local.tasksPerExecutor()).containsOnlyKeys("driver");
  }

  @Test
  void givenALocalCluster_tasks_ranOnBothExecutorsAndNeverInTheDriver() {
    assertThat(cluster.tasksPerExecutor()).containsOnlyKeys("0", "1");
  }

  @ParameterizedTest
  @EnumSource(GoldTable.class)
  void givenBothRuns_goldTable_isEqualRowForRow(GoldTable table) throws Exception {
    List<String> expected = GoldRows.of(local.warehouse(), table);
    assertThat(expected).as("local mode's " + table.table()).isNotEmpty();
    assertThat(GoldRows.of(cluster.warehouse(), table))
        .as(table.table() + " on the cluster")
        .containsExactlyElementsOf(expected);
  }
}
