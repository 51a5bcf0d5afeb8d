package io.medallion.adapters.spark;

import org.apache.spark.sql.SparkSession;

/** Starts the one Spark session of a process, with Delta Lake and settings sized for small data. */
final class SparkSessions {

  private SparkSessions() {}

  /** The active session if a cluster made one (Databricks), else a new one per the settings. */
  static SparkSession start(SparkSettings settings) {
    String partitions = Integer.toString(settings.shufflePartitions());
    return SparkSession.builder()
        .master(settings.master())
        .appName("medallion")
        .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .config(
            "spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        // Every table keeps a change feed: silver reads only bronze's new rows, gold only what
        // changed in silver.
        .config("spark.databricks.delta.properties.defaults.enableChangeDataFeed", "true")
        .config("spark.sql.shuffle.partitions", partitions)
        .config("spark.default.parallelism", partitions)
        .config("spark.databricks.delta.snapshotPartitions", partitions)
        // Streams here are short AvailableNow batches: no need for Spark's 100-entry progress log.
        .config("spark.sql.streaming.numRecentProgressUpdates", "100")
        .getOrCreate();
  }
}
