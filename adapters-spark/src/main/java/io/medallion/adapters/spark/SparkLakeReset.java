package io.medallion.adapters.spark;

import io.delta.tables.DeltaTable;
import io.medallion.application.port.out.LakeReset;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Resets Delta tables by moving each folder into the lake's {@code _trash} with one rename (atomic
 * on a local disk and on ADLS Gen2's hierarchical namespace), then deleting the trash; the mark is
 * Delta Live Tables' table property {@code pipelines.reset.allowed}.
 */
final class SparkLakeReset implements LakeReset {

  static final String RESET_ALLOWED = "pipelines.reset.allowed";
  private static final String TRASH = "_trash";

  private final SparkSession spark;
  private final LakeLocations lake;
  private final LakeTableFolders folders;

  SparkLakeReset(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    this.spark = spark;
    this.lake = lake;
    this.folders = new LakeTableFolders(spark, lake, delta);
  }

  @Override
  public List<ResettableTable> tables() {
    return folders.tables().stream()
        .filter(t -> t.layer() != Layer.META)
        .map(t -> new ResettableTable(t, resetAllowed(t)))
        .toList();
  }

  @Override
  public void reset(List<TableName> tables) {
    Path trash = new Path(lake.folder(TRASH));
    // A reset that died before emptying the trash left it: nothing in it is needed.
    delete(trash);
    Path bin = new Path(trash, UUID.randomUUID().toString());
    for (TableName table : tables) {
      // The checkpoint goes first: a table without its checkpoint is reloaded without duplicates
      // (bronze skips files it holds), a checkpoint without its table would skip every file.
      moveAway(new Path(lake.checkpoint(table)), new Path(bin, "checkpoint-" + table));
      moveAway(new Path(lake.table(table)), new Path(bin, table.toString()));
    }
    delete(trash);
  }

  @Override
  public void allowReset(TableName table, boolean allowed) {
    String path = lake.table(table);
    if (path.contains("`")) {
      throw new IllegalArgumentException("a lake path with a backtick cannot be altered: " + path);
    }
    spark.sql(
        "ALTER TABLE delta.`%s` SET TBLPROPERTIES ('%s' = '%s')"
            .formatted(path, RESET_ALLOWED, allowed));
  }

  private boolean resetAllowed(TableName table) {
    Map<String, String> properties =
        DeltaTable.forPath(spark, lake.table(table))
            .detail()
            .select("properties")
            .head()
            .getJavaMap(0);
    return !"false".equalsIgnoreCase(properties.getOrDefault(RESET_ALLOWED, "true"));
  }

  private void moveAway(Path from, Path to) {
    try {
      FileSystem fs = from.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(from)) {
        return;
      }
      fs.mkdirs(to.getParent());
      if (!fs.rename(from, to)) {
        throw new IOException("rename refused");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot move " + from + " to the lake's trash", e);
    }
  }

  private void delete(Path folder) {
    try {
      folder.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(folder, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty " + folder, e);
    }
  }
}
