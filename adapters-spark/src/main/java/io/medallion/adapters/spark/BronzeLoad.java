package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.monotonically_increasing_id;

import io.medallion.application.port.in.RunId;
import io.medallion.application.port.out.LayerResult;
import io.medallion.domain.medallion.BronzeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Bronze as Autoloader does it: Spark's file source over the feed's folder with a checkpoint, run
 * with {@code Trigger.AvailableNow}, so each file is read once and only new files are read. Each
 * file is read by its own header: columns matched by name, unknown ones kept in {@code
 * _rescued_data}, a file lacking a needed column refused before anything is written.
 */
final class BronzeLoad {

  /** Each record's position within its file: later records of a file win ties in silver. */
  static final String RECORD_INDEX = "_record_index";

  // The binaryFile source's fixed schema, which a stream must be given.
  private static final StructType BINARY_FILE =
      new StructType()
          .add("path", DataTypes.StringType, false)
          .add("modificationTime", DataTypes.TimestampType, false)
          .add("length", DataTypes.LongType, false)
          .add("content", DataTypes.BinaryType, true);

  private final SparkSession spark;
  private final LakeLocations lake;
  private final DeltaTables delta;

  BronzeLoad(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    this.spark = spark;
    this.lake = lake;
    this.delta = delta;
  }

  LayerResult load(BronzeSpec spec, RunId run) {
    String source = lake.folder(spec.sourceFolder());
    String target = lake.table(spec.target());
    ensureFolder(source);
    AtomicLong rows = new AtomicLong();
    StreamingQuery query = start(spec, source, target, run, rows);
    awaitAll(query, spec);
    if (!delta.exists(target)) {
      delta.replace(spark.createDataFrame(List.of(), tableSchema(spec)), target);
    }
    long loaded = rows.get();
    return new LayerResult(
        spec.target(), loaded, loaded, 0, 0, List.of(), delta.version(target), false);
  }

  private StreamingQuery start(
      BronzeSpec spec, String source, String target, RunId run, AtomicLong rows) {
    String writer = "medallion-bronze-" + spec.target().name();
    // The stream only finds new files (binaryFile without its content column reads no bytes);
    // each batch of files is then read as CSV by header, on the driver's schedule.
    VoidFunction2<Dataset<Row>, Long> append =
        (files, batchId) -> {
          List<String> paths =
              files.select("path").collectAsList().stream()
                  .map(r -> r.getString(0))
                  .sorted()
                  .toList();
          rows.addAndGet(appendFiles(spec, run, paths, writer, batchId, target));
        };
    try {
      return spark
          .readStream()
          .format("binaryFile")
          .schema(BINARY_FILE)
          .option("pathGlobFilter", spec.fileGlob())
          .load(source)
          .select("path")
          .writeStream()
          .queryName(writer)
          .option("checkpointLocation", lake.checkpoint(spec.target()))
          .trigger(Trigger.AvailableNow())
          .foreachBatch(append)
          .start();
    } catch (TimeoutException e) {
      throw new IllegalStateException("bronze load of " + spec.target() + " did not start", e);
    }
  }

  /** Appends every record of the files in one commit; a replayed batch is a no-op. */
  private long appendFiles(
      BronzeSpec spec, RunId run, List<String> paths, String writer, long batchId, String target) {
    if (paths.isEmpty()) {
      return 0;
    }
    // Every header is read and checked before anything is written.
    Map<SourceHeader, List<String>> byShape = new LinkedHashMap<>();
    for (String path : paths) {
      // Files with one header are read together, in one Spark read; another layout's are left.
      SourceHeader.read(path, spec, spark.sparkContext().hadoopConfiguration())
          .ifPresent(header -> byShape.computeIfAbsent(header, h -> new ArrayList<>()).add(path));
    }
    if (byShape.isEmpty()) {
      return 0;
    }
    Dataset<Row> records = null;
    for (Map.Entry<SourceHeader, List<String>> shape : byShape.entrySet()) {
      Dataset<Row> part = CsvByHeader.read(spark, spec, run, shape.getKey(), shape.getValue());
      records = records == null ? part : records.unionByName(part);
    }
    records
        .withColumn(RECORD_INDEX, monotonically_increasing_id())
        .write()
        .format("delta")
        .mode(SaveMode.Append)
        .option("txnAppId", writer)
        .option("txnVersion", batchId)
        .save(target);
    return delta.lastCommitOutputRows(target);
  }

  private static void awaitAll(StreamingQuery query, BronzeSpec spec) {
    try {
      query.awaitTermination();
    } catch (StreamingQueryException e) {
      throw new IllegalStateException(
          "bronze load of " + spec.target() + " failed: " + innermost(e).getMessage(), e);
    }
  }

  private static Throwable innermost(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  /** The bronze table's schema: the feed's columns as text, then the ingestion metadata. */
  static StructType tableSchema(BronzeSpec spec) {
    StructType schema = new StructType();
    for (String column : spec.feed().columns()) {
      schema = schema.add(column, DataTypes.StringType);
    }
    return schema
        .add(BronzeSpec.CORRUPT_RECORD, DataTypes.StringType)
        .add(BronzeSpec.RESCUED_DATA, DataTypes.StringType)
        .add(BronzeSpec.SOURCE_FILE, DataTypes.StringType)
        .add(BronzeSpec.INGESTED_AT, DataTypes.TimestampType)
        .add(BronzeSpec.RUN_ID, DataTypes.StringType)
        .add(RECORD_INDEX, DataTypes.LongType);
  }

  private void ensureFolder(String folder) {
    Path path = new Path(folder);
    try {
      path.getFileSystem(spark.sparkContext().hadoopConfiguration()).mkdirs(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder, e);
    }
  }
}
