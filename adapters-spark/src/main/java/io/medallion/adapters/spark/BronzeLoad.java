package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import io.medallion.application.port.in.RunId;
import io.medallion.application.port.out.LayerResult;
import io.medallion.domain.medallion.BronzeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.StreamingQueryException;
import org.apache.spark.sql.streaming.StreamingQueryProgress;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Bronze as Autoloader does it: Spark's file source over the feed's folder with a checkpoint, run
 * with {@code Trigger.AvailableNow}, so each file is read once and only new files are read.
 */
final class BronzeLoad {

  /** Each record's position within its file: later records of a file win ties in silver. */
  static final String RECORD_INDEX = "_record_index";

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
    StreamingQuery query = start(stream(spec, source, run), spec, target);
    awaitAll(query, spec);
    long rows =
        Arrays.stream(query.recentProgress()).mapToLong(StreamingQueryProgress::numInputRows).sum();
    if (!delta.exists(target)) {
      delta.replace(spark.createDataFrame(List.of(), tableSchema(spec)), target);
    }
    return new LayerResult(
        spec.target(), rows, rows, 0, 0, List.of(), delta.version(target), false);
  }

  private Dataset<Row> stream(BronzeSpec spec, String source, RunId run) {
    Column[] columns = spec.feed().columns().stream().map(c -> col(c)).toArray(Column[]::new);
    return spark
        .readStream()
        .format("csv")
        .schema(schema(spec))
        .option("header", "true")
        // Without these, a quoted line break splits a record, "" is not a quote, and the header
        // is mapped to the schema by position without being checked.
        .option("multiLine", "true")
        .option("escape", "\"")
        .option("enforceSchema", "false")
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", BronzeSpec.CORRUPT_RECORD)
        .option("encoding", "UTF-8")
        .option("pathGlobFilter", spec.fileGlob())
        .load(source)
        .select(
            concat(
                columns,
                col(BronzeSpec.CORRUPT_RECORD),
                col("_metadata.file_path").as(BronzeSpec.SOURCE_FILE),
                current_timestamp().as(BronzeSpec.INGESTED_AT),
                lit(run.value()).as(BronzeSpec.RUN_ID)));
  }

  private StreamingQuery start(Dataset<Row> rows, BronzeSpec spec, String target) {
    String writer = "medallion-bronze-" + spec.target().name();
    VoidFunction2<Dataset<Row>, Long> append =
        (batch, batchId) ->
            // Each batch is one file set read whole (multiLine files are never split), so the
            // increasing id orders records within a file. txnAppId/txnVersion make a replayed
            // batch a no-op, as Delta's own streaming sink would.
            batch
                .withColumn(RECORD_INDEX, monotonically_increasing_id())
                .write()
                .format("delta")
                .mode(SaveMode.Append)
                .option("txnAppId", writer)
                .option("txnVersion", batchId)
                .save(target);
    try {
      return rows.writeStream()
          .queryName(writer)
          .option("checkpointLocation", lake.checkpoint(spec.target()))
          .trigger(Trigger.AvailableNow())
          .foreachBatch(append)
          .start();
    } catch (TimeoutException e) {
      throw new IllegalStateException("bronze load of " + spec.target() + " did not start", e);
    }
  }

  private static void awaitAll(StreamingQuery query, BronzeSpec spec) {
    try {
      query.awaitTermination();
    } catch (StreamingQueryException e) {
      throw new IllegalStateException(
          "bronze load of " + spec.target() + " failed: " + e.cause().getMessage(), e);
    }
  }

  static StructType schema(BronzeSpec spec) {
    StructType schema = new StructType();
    for (String column : spec.feed().columns()) {
      schema = schema.add(column, DataTypes.StringType);
    }
    return schema.add(BronzeSpec.CORRUPT_RECORD, DataTypes.StringType);
  }

  /** The bronze table's schema: the feed's columns as text, then the ingestion metadata. */
  static StructType tableSchema(BronzeSpec spec) {
    return schema(spec)
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

  private static Column[] concat(Column[] first, Column... rest) {
    Column[] all = Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}
