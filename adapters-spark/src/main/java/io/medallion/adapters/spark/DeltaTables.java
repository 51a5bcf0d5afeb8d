package io.medallion.adapters.spark;

import io.delta.tables.DeltaTable;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
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

  /** How many rows the table's latest commit wrote, from Delta's operation metrics. */
  long lastCommitOutputRows(String path) {
    Row last = DeltaTable.forPath(spark, path).history(1).select("operationMetrics").head();
    java.util.Map<String, String> metrics = last.getJavaMap(0);
    return Long.parseLong(metrics.getOrDefault("numOutputRows", "0"));
  }

  Dataset<Row> read(String path) {
    return spark.read().format("delta").load(path);
  }

  /**
   * Replaces the rows of a table whose key columns are {@code NOT NULL} and whose {@code checks}
   * (name to SQL condition) are Delta CHECK constraints, creating it so on first use: Delta itself
   * then refuses a commit that breaks them, a last line of defence behind the expectations.
   */
  long replaceConstrained(
      Dataset<Row> rows, String path, List<String> keys, Map<String, String> checks) {
    if (!exists(path)) {
      StructType schema = new StructType();
      for (StructField field : rows.schema().fields()) {
        schema = schema.add(field.name(), field.dataType(), !keys.contains(field.name()));
      }
      DeltaTable.createIfNotExists(spark).location(path).addColumns(schema).execute();
      checks.forEach(
          (name, condition) ->
              spark.sql(
                  "ALTER TABLE delta.`%s` ADD CONSTRAINT %s CHECK (%s)"
                      .formatted(path, name, condition)));
    }
    rows.write().format("delta").mode(SaveMode.Overwrite).save(path);
    return version(path);
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
