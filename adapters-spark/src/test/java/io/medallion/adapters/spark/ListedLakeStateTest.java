package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class ListedLakeStateTest {

  private static final TableName CAST = TableName.of(Layer.BRONZE, "cast");

  @TempDir Path root;

  @Test
  void givenNewLake_marksNothing() {
    ListedLakeState state = state();

    assertThat(state.tableCommits()).isEmpty();
    assertThat(state.sourceFiles(List.of(BronzeSpec.of(Feed.TITLES)))).isEmpty();
  }

  @Test
  void givenTableWrittenByDelta_marksItsLatestCommit_andEveryLaterCommitChangesTheMark(
      SparkSession spark) {
    ListedLakeState state = state();
    String path = new LakeLocations(root.toString()).table(CAST);
    spark.range(3).write().format("delta").save(path);
    String first = state.tableCommits().get(CAST);

    spark.range(2).write().format("delta").mode(SaveMode.Append).save(path);

    assertThat(first).startsWith("v0 @");
    assertThat(state.tableCommits()).containsOnlyKeys(CAST);
    assertThat(state.tableCommits().get(CAST)).startsWith("v1 @");
  }

  @Test
  void givenTablesOfEveryLayer_kernelAndDeltaSparkMarkThemAlike(SparkSession spark) {
    LakeLocations lake = new LakeLocations(root.toString());
    spark.range(3).write().format("delta").save(lake.table(CAST));
    spark.range(3).write().format("delta").mode(SaveMode.Append).save(lake.table(CAST));
    spark.range(1).write().format("delta").save(lake.table(TableName.of(Layer.GOLD, "dim_title")));
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();

    assertThat(
            new ListedLakeState(lake, hadoop, ListedLakeState.byDelta(new DeltaTables(spark)))
                .tableCommits())
        .hasSize(2)
        .isEqualTo(state().tableCommits());
  }

  @Test
  void givenTableRebuiltToTheSameVersion_itsMarkDiffers(SparkSession spark) throws Exception {
    ListedLakeState state = state();
    LakeLocations lake = new LakeLocations(root.toString());
    spark.range(3).write().format("delta").save(lake.table(CAST));
    String before = state.tableCommits().get(CAST);
    new DeltaTables(spark).drop(lake.table(CAST));
    Thread.sleep(5);

    spark.range(3).write().format("delta").save(lake.table(CAST));

    assertThat(state.tableCommits().get(CAST)).startsWith("v0 @").isNotEqualTo(before);
  }

  @Test
  void givenRunLogAndFoldersThatAreNoTable_marksOnlyTheLayersTables(SparkSession spark)
      throws Exception {
    LakeLocations lake = new LakeLocations(root.toString());
    spark.range(1).write().format("delta").save(lake.table(TableName.of(Layer.META, "events")));
    spark.range(1).write().format("delta").save(lake.table(TableName.of(Layer.GOLD, "dim_title")));
    Files.createDirectories(root.resolve("silver/not_yet_a_table"));

    assertThat(state().tableCommits()).containsOnlyKeys(TableName.of(Layer.GOLD, "dim_title"));
  }

  @Test
  void givenSourceFiles_marksThoseTheFeedReads_andAFileReplacedInPlaceChangesItsMark()
      throws Exception {
    BronzeSpec titles = BronzeSpec.of(Feed.TITLES);
    Path folder = Files.createDirectories(root.resolve(titles.sourceFolder()));
    Path file = Files.writeString(folder.resolve("netflix_titles-1.csv"), "show_id\ns1\n");
    Files.writeString(folder.resolve("notes.txt"), "not a titles file");
    ListedLakeState state = state();
    Map<String, String> before = state.sourceFiles(List.of(titles));

    Files.writeString(file, "show_id\ns1\ns2\n");

    assertThat(before).hasSize(1).containsKey("file:" + file);
    assertThat(before.values()).singleElement().asString().startsWith("11 bytes @");
    assertThat(state.sourceFiles(List.of(titles))).hasSize(1).isNotEqualTo(before);
  }

  private ListedLakeState state() {
    Configuration hadoop = new Configuration();
    return new ListedLakeState(
        new LakeLocations(root.toString()), hadoop, ListedLakeState.byKernel(hadoop));
  }
}
