package io.medallion.adapters.spark;

import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The lake's Delta tables as folders: one per table under each layer's folder, as the lake lists
 * them.
 */
final class LakeTableFolders {

  private final SparkSession spark;
  private final LakeLocations lake;
  private final DeltaTables delta;

  LakeTableFolders(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    this.spark = spark;
    this.lake = lake;
    this.delta = delta;
  }

  /** Every Delta table of the lake, ordered by layer and name; empty for a new lake. */
  List<TableName> tables() {
    return candidates(lake, spark.sparkContext().hadoopConfiguration()).stream()
        .filter(table -> delta.exists(lake.table(table)))
        .toList();
  }

  /**
   * The folders of every layer named as a table may be, ordered by layer and name: the tables, and
   * folders that hold none yet; read from listings alone.
   */
  static List<TableName> candidates(LakeLocations lake, Configuration hadoop) {
    List<TableName> tables = new ArrayList<>();
    for (Layer layer : Layer.values()) {
      for (FileStatus folder : list(new Path(lake.folder(layer.id())), hadoop)) {
        String name = folder.getPath().getName();
        if (folder.isDirectory() && name.matches("[a-z][a-z0-9_]*")) {
          tables.add(TableName.of(layer, name));
        }
      }
    }
    return tables;
  }

  /**
   * How many files the table's folder stores outside Delta's log and hidden entries: the data and
   * change-feed files, which vacuum may delete.
   */
  long storedFiles(TableName table) {
    return count(new Path(lake.table(table)));
  }

  private long count(Path folder) {
    long files = 0;
    for (FileStatus entry : list(folder, spark.sparkContext().hadoopConfiguration())) {
      String name = entry.getPath().getName();
      // Vacuum skips hidden names too, all but the change data feed's folder.
      if (name.startsWith(".") || (name.startsWith("_") && !name.equals("_change_data"))) {
        continue;
      }
      files += entry.isDirectory() ? count(entry.getPath()) : 1;
    }
    return files;
  }

  private static List<FileStatus> list(Path folder, Configuration hadoop) {
    try {
      FileSystem fs = folder.getFileSystem(hadoop);
      return Arrays.stream(fs.listStatus(folder))
          .sorted((a, b) -> a.getPath().getName().compareTo(b.getPath().getName()))
          .toList();
    } catch (FileNotFoundException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
