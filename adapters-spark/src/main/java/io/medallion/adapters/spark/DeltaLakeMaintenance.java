package io.medallion.adapters.spark;

import io.delta.tables.DeltaTable;
import io.medallion.application.port.out.LakeMaintenance;
import io.medallion.application.port.out.MaintenanceResult;
import io.medallion.domain.table.TableName;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import scala.Console;

/**
 * Maintains each Delta table of the lake in turn: OPTIMIZE (bin-packing compaction), then VACUUM.
 */
final class DeltaLakeMaintenance implements LakeMaintenance {

  private static final String LISTING_PARALLELISM =
      "spark.sql.sources.parallelPartitionDiscovery.parallelism";

  private final SparkSession spark;
  private final LakeLocations lake;
  private final LakeTableFolders folders;

  DeltaLakeMaintenance(SparkSession spark, LakeLocations lake, LakeTableFolders folders) {
    this.spark = spark;
    this.lake = lake;
    this.folders = folders;
  }

  @Override
  public List<MaintenanceResult> maintain(Duration retention) {
    // Vacuum lists a folder in as many Spark tasks as this says (10,000 by default), which costs
    // a small lake most of a minute per table; the shuffle partitions are plenty.
    String listing = spark.conf().get(LISTING_PARALLELISM);
    spark.conf().set(LISTING_PARALLELISM, spark.conf().get("spark.sql.shuffle.partitions"));
    try {
      return folders.tables().stream().map(t -> maintain(t, retention)).toList();
    } finally {
      spark.conf().set(LISTING_PARALLELISM, listing);
    }
  }

  private MaintenanceResult maintain(TableName table, Duration retention) {
    String path = lake.table(table);
    long before = liveFiles(path);
    DeltaTable.forPath(spark, path).optimize().executeCompaction();
    long after = liveFiles(path);
    long stored = folders.storedFiles(table);
    // Delta's vacuum answers with the table's path only, so the deleted files are counted on disk;
    // it prints its own tally on the console, where the command's output goes.
    Console.withOut(
        OutputStream.nullOutputStream(),
        () -> DeltaTable.forPath(spark, path).vacuum(retention.toMinutes() / 60.0));
    return new MaintenanceResult(table, before, after, stored - folders.storedFiles(table));
  }

  private long liveFiles(String path) {
    return new DeltaTables(spark).liveFiles(path);
  }
}
