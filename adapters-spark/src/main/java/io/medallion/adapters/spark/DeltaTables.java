package io.medallion.adapters.spark;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import scala.Option;

/** The few Delta operations the layers share: exists, version, replace. */
final class DeltaTables {

  private final SparkSession spark;

  DeltaTables(SparkSession spark) {
    this.spark = spark;
  }

  boolean exists(String path) {
    return DeltaTable.isDeltaTable(spark, path);
  }

  /** The version of the table's latest commit, read from its log without a Spark job. */
  long version(String path) {
    return DeltaLog.forTable(spark, path).update(false, Option.empty(), Option.empty()).version();
  }

  Dataset<Row> read(String path) {
    return spark.read().format("delta").load(path);
  }

  /** Replaces the table's rows (and schema) in one commit, creating the table if needed. */
  long replace(Dataset<Row> rows, String path) {
    rows.write()
        .format("delta")
        .mode(SaveMode.Overwrite)
        .option("overwriteSchema", "true")
        .save(path);
    return version(path);
  }
}
