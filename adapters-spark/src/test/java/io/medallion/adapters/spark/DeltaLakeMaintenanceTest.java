package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.MaintenanceResult;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class DeltaLakeMaintenanceTest {

  private static final Duration WEEK = Duration.ofHours(168);
  private static final TableName TITLES = TableName.of(Layer.SILVER, "titles");
  private static final TableName EVENTS = TableName.of(Layer.META, "events");

  private SparkSession spark;
  private LakeLocations lake;
  private DeltaLakeMaintenance maintenance;

  @BeforeEach
  void setUp(SparkSession spark, @TempDir Path root) {
    this.spark = spark;
    lake = new LakeLocations(root.toString());
    maintenance =
        new DeltaLakeMaintenance(
            spark, lake, new LakeTableFolders(spark, lake, new DeltaTables(spark)));
  }

  @Test
  void givenTableOfManySmallAppends_maintain_leavesFewerFilesAndTheSameRows() {
    for (int i = 0; i < 4; i++) {
      append(TITLES, i * 10, 10);
    }
    append(EVENTS, 0, 3);
    List<Row> rowsBefore = sortedRows(TITLES);

    List<MaintenanceResult> results = maintenance.maintain(WEEK);

    assertThat(results).extracting(MaintenanceResult::table).containsExactly(TITLES, EVENTS);
    MaintenanceResult titles = results.get(0);
    assertThat(titles.filesBefore()).isGreaterThanOrEqualTo(4);
    assertThat(titles.filesAfter()).isEqualTo(1);
    // The compacted-away files are younger than a week: vacuum must keep them for time travel.
    assertThat(titles.vacuumed()).isZero();
    assertThat(sortedRows(TITLES)).isEqualTo(rowsBefore);
    assertThat(spark.read().format("delta").load(lake.table(TITLES)).inputFiles()).hasSize(1);
  }

  @Test
  void givenStrayFileOlderThanTheRetention_maintain_vacuumsItAndCountsIt() throws Exception {
    append(TITLES, 0, 5);
    Path stray = Path.of(lake.table(TITLES), "part-00000-stray.snappy.parquet");
    Files.writeString(stray, "left by a writer that died");
    Files.setLastModifiedTime(stray, FileTime.from(Instant.now().minus(Duration.ofDays(10))));

    MaintenanceResult titles = maintenance.maintain(WEEK).get(0);

    assertThat(titles.vacuumed()).isEqualTo(1);
    assertThat(stray).doesNotExist();
    assertThat(sortedRows(TITLES)).hasSize(5);
  }

  @Test
  void givenNewLake_maintain_findsNoTable() {
    assertThat(maintenance.maintain(WEEK)).isEmpty();
  }

  private void append(TableName table, int from, int count) {
    // One file per append, so that each append adds exactly one small file to compact.
    spark
        .range(from, from + count)
        .selectExpr("id", "concat('title ', id) AS title")
        .coalesce(1)
        .write()
        .format("delta")
        .mode(SaveMode.Append)
        .save(lake.table(table));
  }

  private List<Row> sortedRows(TableName table) {
    return spark.read().format("delta").load(lake.table(table)).orderBy("id").collectAsList();
  }
}
