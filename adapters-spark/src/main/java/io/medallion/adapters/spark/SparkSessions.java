package io.medallion.adapters.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Starts the one Spark session of a process, with Delta Lake and settings sized for small data. */
final class SparkSessions {

  /** Spark's own pattern plus ADLS's secrets: account keys, SAS signatures, connection strings. */
  static final String REDACTED =
      "(?i)secret|password|token|access[.]key|account[.]key|sas[.]token|sig=|accountkey="
          + "|sharedaccesssignature|client[.]secret";

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private SparkSessions() {}

  /** Whether {@link #start} ran in this process. */
  static boolean started() {
    return STARTED.get();
  }

  /** The active session if a cluster made one (Databricks), else a new one per the settings. */
  static SparkSession start(SparkSettings settings) {
    STARTED.set(true);
    // A cluster's session is taken as the cluster made it: its sizes and Delta set-up are its own.
    SparkSession spark =
        SparkSession.getDefaultSession().isDefined()
            ? SparkSession.getDefaultSession().get()
            : local(settings);
    // On the running session, not in its conf: the conf is written to the event log at start.
    settings.hadoopOptions().forEach(spark.sparkContext().hadoopConfiguration()::set);
    return spark;
  }

  /**
   * The Hadoop configuration that reaches the lake without starting Spark: a cluster's session's
   * own if one runs (its credentials), else one with the settings' options and the local file
   * system of {@link #local}.
   */
  static Configuration hadoopConfiguration(SparkSettings settings) {
    if (SparkSession.getDefaultSession().isDefined()) {
      Configuration running =
          new Configuration(
              SparkSession.getDefaultSession().get().sparkContext().hadoopConfiguration());
      settings.hadoopOptions().forEach(running::set);
      return running;
    }
    Configuration hadoop = new Configuration();
    hadoop.set("fs.file.impl", LocalFileSystemWithoutShell.class.getName());
    hadoop.set("fs.AbstractFileSystem.file.impl", LocalFileSystemWithoutShell.Fs.class.getName());
    settings.hadoopOptions().forEach(hadoop::set);
    return hadoop;
  }

  /** The bytes in the lake's landing and raw zones: what bronze reads, and the layers grow from. */
  static long sourceBytes(String lakeRoot, Configuration hadoop) {
    long bytes = 0;
    for (String zone : List.of("landing", "raw")) {
      Path folder = new Path(lakeRoot + "/" + zone);
      try {
        bytes += folder.getFileSystem(hadoop).getContentSummary(folder).getLength();
      } catch (FileNotFoundException e) {
        // a new lake: nothing landed yet
      } catch (IOException e) {
        throw new UncheckedIOException("cannot size " + folder, e);
      }
    }
    return bytes;
  }

  private static SparkSession local(SparkSettings settings) {
    String partitions = Integer.toString(settings.shufflePartitions());
    String cores = Integer.toString(Runtime.getRuntime().availableProcessors());
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
        // The local file system without forking chmod and readlink for every file and commit.
        .config("spark.hadoop.fs.file.impl", LocalFileSystemWithoutShell.class.getName())
        .config(
            "spark.hadoop.fs.AbstractFileSystem.file.impl",
            LocalFileSystemWithoutShell.Fs.class.getName())
        // Every table keeps a change feed: silver reads only bronze's new rows, gold only what
        // changed in silver.
        .config("spark.databricks.delta.properties.defaults.enableChangeDataFeed", "true")
        // Shuffles start with this many partitions and adaptive execution merges them up to
        // 64 MB each: a small table's shuffle ends in one task, a scale-100 sort in enough
        // tasks not to spill. The Delta log's own state is small: one partition per core.
        .config("spark.sql.shuffle.partitions", partitions)
        .config("spark.sql.adaptive.coalescePartitions.parallelismFirst", "false")
        .config("spark.sql.adaptive.advisoryPartitionSizeInBytes", "64m")
        // Also in a cached plan (gold's judged rows), or each small gold table is 32 files.
        .config("spark.sql.optimizer.canChangeCachedPlanOutputPartitioning", "true")
        // Parquet row groups of 8 MB, not 128: a file is split for reading at row groups, and a
        // bronze file written by one task (a multiLine CSV parses in one) is otherwise one row
        // group, read by one task however many cores wait.
        .config("spark.hadoop.parquet.block.size", Integer.toString(8 << 20))
        .config("spark.default.parallelism", cores)
        .config("spark.databricks.delta.snapshotPartitions", cores)
        // Streams here are short AvailableNow batches: no need for a long progress log.
        .config("spark.sql.streaming.numRecentProgressUpdates", "100")
        // Spark's default pattern misses the ADLS account key, SAS signatures and connection
        // strings; anything matching is shown as *********(redacted) in the UI and event log.
        .config("spark.redaction.regex", REDACTED)
        .getOrCreate();
  }
}
