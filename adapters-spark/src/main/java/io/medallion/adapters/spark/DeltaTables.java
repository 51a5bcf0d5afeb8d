package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import scala.jdk.javaapi.OptionConverters;

/**
 * The few Delta operations the layers share: exists, version, replace, and the record of which
 * source versions a table's refresh consumed.
 */
final class DeltaTables {

  private static final String USER_METADATA = "spark.databricks.delta.commitInfo.userMetadata";
  private static final String CONSUMED = "medallion-consumed:";

  /** The table property a commit that changed no row records the consumed versions in. */
  static final String CONSUMED_PROPERTY = "medallion.consumed";

  /** The change data feed's column naming what happened to a row. */
  static final String CHANGE_TYPE = "_change_type";

  private final SparkSession spark;

  DeltaTables(SparkSession spark) {
    this.spark = spark;
  }

  /** The same operations in a new session of the same Spark application (its own SQL conf). */
  DeltaTables inNewSession() {
    return new DeltaTables(spark.newSession());
  }

  /**
   * Has this session evaluate expressions as they are (Spark's interpreted projections and
   * predicates) and run its plans operator by operator, not compile either to Java first: cheaper
   * for the few rows of a small lake (a watcher's batches, BENCHMARKS.md stop 20).
   */
  void withoutGeneratedCode() {
    spark.conf().set("spark.sql.codegen.factoryMode", "NO_CODEGEN");
    spark.conf().set("spark.sql.codegen.wholeStage", "false");
  }

  /** Makes this session the active one of the calling thread (Delta reads its conf from it). */
  void activate() {
    SparkSession.setActiveSession(spark);
  }

  boolean exists(String path) {
    return DeltaTable.isDeltaTable(spark, path);
  }

  /** The table's column names, in order, from its latest snapshot. */
  List<String> columns(String path) {
    return List.of(snapshot(path).schema().fieldNames());
  }

  /** The table's columns declared NOT NULL. */
  List<String> notNullColumns(String path) {
    return Arrays.stream(snapshot(path).schema().fields())
        .filter(f -> !f.nullable())
        .map(StructField::name)
        .toList();
  }

  /** Deletes the table, its log and files, and forgets what this JVM cached of it. */
  void drop(String path) {
    Path table = new Path(path);
    try {
      table.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(table, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
    DeltaLog.invalidateCache(spark, table);
  }

  /** The version of the table's latest commit, read from its log without a Spark job. */
  long version(String path) {
    return snapshot(path).version();
  }

  /** The data files the table's latest version reads, from its log and checksum. */
  long liveFiles(String path) {
    return liveFiles(snapshot(path));
  }

  /** The snapshot's file count from its checksum, without the state-rebuilding job Delta runs. */
  static long liveFiles(Snapshot snapshot) {
    return OptionConverters.toJava(snapshot.numOfFilesIfKnown())
        .map(n -> (Long) n)
        .orElseGet(snapshot::numOfFiles);
  }

  /** The snapshot's size in bytes, from its checksum where it has one. */
  static long sizeInBytes(Snapshot snapshot) {
    return OptionConverters.toJava(snapshot.sizeInBytesIfKnown())
        .map(n -> (Long) n)
        .orElseGet(snapshot::sizeInBytes);
  }

  /** The table's latest snapshot, brought up to date from its log without a Spark job. */
  Snapshot snapshot(String path) {
    return DeltaLog.forTable(spark, path).update(false, Option.empty(), Option.empty());
  }

  /** How many rows the table's latest commit wrote, from Delta's operation metrics. */
  long lastCommitOutputRows(String path) {
    return CommitFiles.of(DeltaLog.forTable(spark, path)).latestOutputRows();
  }

  /**
   * The source versions the table's latest recorded refresh consumed ({@code bronze.titles} to its
   * version), kept in that commit's user metadata; empty when none was recorded.
   */
  Optional<Map<String, Long>> consumed(String path) {
    if (!exists(path)) {
      return Optional.empty();
    }
    return CommitFiles.of(DeltaLog.forTable(spark, path))
        .latestUserMetadata(m -> m.startsWith(CONSUMED))
        .map(m -> versions(m.substring(CONSUMED.length())));
  }

  private static Map<String, Long> versions(String entries) {
    Map<String, Long> versions = new TreeMap<>();
    for (String entry : entries.isEmpty() ? new String[0] : entries.split(";")) {
      String[] pair = entry.split("=", 2);
      versions.put(pair[0], Long.parseLong(pair[1]));
    }
    return versions;
  }

  /**
   * Runs a write whose commit records {@code versions} as consumed (in the same commit, so the
   * record and the rows cannot part); returns the table's version after it. A write that changed no
   * row makes no commit (Delta skips an empty append, or a MERGE with nothing to do), so the record
   * then gets a commit of its own, setting the table property {@value #CONSUMED_PROPERTY}:
   * otherwise every later run would work through the same changes again.
   */
  long recordingConsumed(String path, Map<String, Long> versions, Runnable write) {
    String entries =
        new TreeMap<>(versions)
            .entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    long before = exists(path) ? version(path) : -1;
    spark.conf().set(USER_METADATA, CONSUMED + entries);
    try {
      write.run();
      long after = version(path);
      if (after != before) {
        return after;
      }
      spark.sql(
          "ALTER TABLE delta.`%s` SET TBLPROPERTIES ('%s' = '%s')"
              .formatted(path.replace("`", "``"), CONSUMED_PROPERTY, entries));
      return version(path);
    } finally {
      spark.conf().unset(USER_METADATA);
    }
  }

  /** The rows appended to an append-only table after version {@code after}, up to {@code upTo}. */
  Dataset<Row> appendedBetween(String path, long after, long upTo) {
    if (after >= upTo) {
      return read(path).limit(0);
    }
    return changesBetween(path, after, upTo)
        .filter(col(CHANGE_TYPE).equalTo("insert"))
        .drop(CHANGE_TYPE, "_commit_version", "_commit_timestamp");
  }

  /**
   * The table's change data feed after version {@code after}, up to {@code upTo} (which must be
   * later): its rows with {@value #CHANGE_TYPE} ({@code insert}, {@code delete}, {@code
   * update_preimage}, {@code update_postimage}), {@code _commit_version} and {@code
   * _commit_timestamp}.
   */
  Dataset<Row> changesBetween(String path, long after, long upTo) {
    return spark
        .read()
        .format("delta")
        .option("readChangeFeed", "true")
        .option("startingVersion", after + 1)
        .option("endingVersion", upTo)
        .load(path);
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
      // Synapse serverless reads Delta reader version 1 only: no deletion vectors (on by default
      // for new tables on Databricks), no column mapping.
      var create =
          DeltaTable.createIfNotExists(spark)
              .location(path)
              .addColumns(schema)
              .property("delta.enableDeletionVectors", "false");
      // A CHECK constraint is the table property delta.constraints.<name> (what ALTER TABLE ...
      // ADD CONSTRAINT writes): set in the create, it costs no commit and no validation of its own.
      for (Map.Entry<String, String> check : new TreeMap<>(checks).entrySet()) {
        create = create.property("delta.constraints." + check.getKey(), check.getValue());
      }
      create.execute();
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
