package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileStatus;
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
  static final String RECORD_INDEX = BronzeSpec.RECORD_INDEX;

  /** The manifest of the file a row came from: its size, modification time and checksum. */
  static final String FILE_SIZE = "_file_size";

  static final String FILE_MODIFIED = "_file_modified";
  static final String FILE_SHA256 = "_file_sha256";

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
  private final FaultSwitch faults;
  private final HeldFiles heldFiles;

  BronzeLoad(SparkSession spark, LakeLocations lake, DeltaTables delta, FaultSwitch faults) {
    this.spark = spark;
    this.lake = lake;
    this.delta = delta;
    this.faults = faults;
    this.heldFiles = new HeldFiles(delta);
  }

  LayerResult load(BronzeSpec spec, RunId run) {
    String source = lake.folder(spec.sourceFolder());
    String target = lake.table(spec.target());
    ensureFolder(source);
    // Read once: the stream's files are new paths, so what the table held before is all either
    // check needs.
    Set<FileManifest> held = heldFiles.of(target);
    AtomicLong rows = new AtomicLong();
    StreamingQuery query = start(spec, source, target, run, rows, held);
    awaitAll(query, spec);
    // The file source knows a file by its path only: one changed in place is found here.
    rows.addAndGet(appendFiles(spec, run, changedInPlace(spec, source, held), target));
    if (!delta.exists(target)) {
      delta.replace(spark.createDataFrame(List.of(), tableSchema(spec)), target);
    }
    long loaded = rows.get();
    return new LayerResult(
        spec.target(), loaded, loaded, 0, 0, List.of(), delta.version(target), false);
  }

  private StreamingQuery start(
      BronzeSpec spec,
      String source,
      String target,
      RunId run,
      AtomicLong rows,
      Set<FileManifest> held) {
    String writer = "medallion-bronze-" + spec.target().name();
    // The stream only finds new files (binaryFile without its content column reads no bytes);
    // each batch of files is then read as CSV by header, on the driver's schedule. A file the
    // table already holds (same path, size and checksum: a checkpoint lost or replayed) is left.
    VoidFunction2<Dataset<Row>, Long> append =
        (files, batchId) -> {
          List<String> paths =
              files.select("path").collectAsList().stream()
                  .map(r -> r.getString(0))
                  .sorted()
                  .toList();
          List<FileManifest> fresh =
              paths.stream().map(this::manifest).filter(m -> !held.contains(m)).toList();
          long added = appendFiles(spec, run, fresh, target);
          rows.addAndGet(added);
          if (added > 0) {
            // Committed to Delta; the stream records its checkpoint only after this returns.
            faults.reached(FaultPoint.BRONZE_BEFORE_CHECKPOINT);
          }
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

  /**
   * Appends every record of the files in one commit. The commit's transaction id is made from the
   * files' manifest (path, size, checksum), so a retry or a replay of the same files is a no-op
   * whatever the stream's batch counter says.
   */
  private long appendFiles(BronzeSpec spec, RunId run, List<FileManifest> files, String target) {
    if (files.isEmpty()) {
      return 0;
    }
    // Every header is read and checked before anything is written.
    Map<SourceHeader, List<FileManifest>> byShape = new LinkedHashMap<>();
    for (FileManifest file : files) {
      // Files of another layout are left for the spec that takes them.
      SourceHeader.read(file.path(), spec, spark.sparkContext().hadoopConfiguration())
          .ifPresent(h -> byShape.computeIfAbsent(h, x -> new ArrayList<>()).add(file));
    }
    if (byShape.isEmpty()) {
      return 0;
    }
    Dataset<Row> records = null;
    for (Map.Entry<SourceHeader, List<FileManifest>> shape : byShape.entrySet()) {
      for (FileManifest file : shape.getValue()) {
        Dataset<Row> part =
            CsvByHeader.read(spark, spec, run, shape.getKey(), List.of(file.path()))
                .withColumn(BronzeSpec.SOURCE_FILE, lit(file.path()))
                .withColumn(FILE_SIZE, lit(file.size()))
                .withColumn(FILE_MODIFIED, lit(new Timestamp(file.modifiedMillis())))
                .withColumn(FILE_SHA256, lit(file.sha256()));
        records = records == null ? part : records.unionByName(part);
      }
    }
    long before = delta.exists(target) ? delta.version(target) : -1;
    MidWriteHalt.when(faults, FaultPoint.BRONZE_MID_WRITE, records)
        .withColumn(RECORD_INDEX, monotonically_increasing_id())
        .write()
        .format("delta")
        .mode(SaveMode.Append)
        .option("txnAppId", "medallion-bronze-" + spec.target().name() + "-" + batchId(files))
        .option("txnVersion", 0L)
        .save(target);
    long after = delta.version(target);
    if (after == before) {
      return 0;
    }
    heldFiles.committed(
        target, before, after, byShape.values().stream().flatMap(List::stream).toList());
    return delta.lastCommitOutputRows(target);
  }

  /**
   * Files the table holds rows of whose size or time changed since, and whose bytes did: new
   * versions under an old name.
   */
  private List<FileManifest> changedInPlace(
      BronzeSpec spec, String source, Set<FileManifest> held) {
    if (held.isEmpty()) {
      return List.of();
    }
    Map<String, List<FileManifest>> byPath = new HashMap<>();
    held.forEach(m -> byPath.computeIfAbsent(m.path(), p -> new ArrayList<>()).add(m));
    List<FileManifest> changed = new ArrayList<>();
    for (FileStatus status : list(source, spec.fileGlob())) {
      String path = status.getPath().toString();
      List<FileManifest> versions = byPath.get(path);
      boolean known =
          versions == null
              || versions.stream()
                  .anyMatch(
                      m ->
                          m.size() == status.getLen()
                              && m.modifiedMillis() == status.getModificationTime());
      if (!known) {
        FileManifest now = manifest(path);
        if (versions.stream().noneMatch(m -> m.sha256().equals(now.sha256()))) {
          changed.add(now);
        }
      }
    }
    return changed;
  }

  private FileStatus[] list(String folder, String glob) {
    Path pattern = new Path(folder, glob);
    try {
      FileStatus[] found =
          pattern.getFileSystem(spark.sparkContext().hadoopConfiguration()).globStatus(pattern);
      return found == null ? new FileStatus[0] : found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + pattern, e);
    }
  }

  private FileManifest manifest(String file) {
    return FileManifest.of(file, spark.sparkContext().hadoopConfiguration());
  }

  private static String batchId(List<FileManifest> files) {
    String manifest =
        files.stream()
            .map(m -> m.path() + "|" + m.size() + "|" + m.sha256())
            .sorted()
            .collect(Collectors.joining("\n"));
    return FileManifest.sha256(manifest.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
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
        .add(FILE_SIZE, DataTypes.LongType)
        .add(FILE_MODIFIED, DataTypes.TimestampType)
        .add(FILE_SHA256, DataTypes.StringType)
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
