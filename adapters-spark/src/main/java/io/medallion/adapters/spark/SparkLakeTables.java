package io.medallion.adapters.spark;

import io.medallion.application.port.out.LakeTables;
import io.medallion.application.port.out.TableInfo;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.TableSnapshot.ColumnType;
import io.medallion.domain.table.TableName;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.Snapshot;
import org.apache.spark.sql.delta.VersionChecksum;
import org.apache.spark.sql.delta.actions.AddFile;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.jdk.javaapi.OptionConverters;

/** The lake's Delta tables: found by walking the layer folders, described from their logs. */
final class SparkLakeTables implements LakeTables {

  private final SparkSession spark;
  private final LakeLocations lake;
  private final DeltaTables delta;
  private final LakeTableFolders folders;

  SparkLakeTables(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    this.spark = spark;
    this.lake = lake;
    this.delta = delta;
    this.folders = new LakeTableFolders(spark, lake, delta);
  }

  @Override
  public List<TableInfo> list() {
    List<TableInfo> tables = new ArrayList<>();
    for (TableName table : folders.tables()) {
      String path = lake.table(table);
      var snapshot = delta.snapshot(path);
      tables.add(
          new TableInfo(
              table,
              delta.read(path).count(),
              snapshot.version(),
              DeltaTables.liveFiles(snapshot),
              DeltaTables.sizeInBytes(snapshot)));
    }
    return tables;
  }

  @Override
  public TableSnapshot snapshot(TableName table) {
    String path = lake.table(table);
    if (!delta.exists(path)) {
      throw new IllegalArgumentException("no such table in the lake: " + table);
    }
    Snapshot latest = delta.snapshot(path);
    long version = latest.version();
    List<Column> columns =
        Arrays.stream(latest.schema().fields()).map(SparkLakeTables::column).toList();
    // The files live in this version only, never the folder's removed files: from the table's
    // checksum where it lists them (small tables), else from a read of the version.
    List<URI> files =
        OptionConverters.toJava(latest.checksumOpt().flatMap(VersionChecksum::allFiles))
            .map(adds -> liveFiles(adds, latest.deltaLog()))
            .orElseGet(() -> inputFiles(path, version));
    return new TableSnapshot(table, version, columns, files);
  }

  private static List<URI> liveFiles(Seq<AddFile> adds, DeltaLog log) {
    return CollectionConverters.asJava(adds).stream()
        .map(add -> add.absolutePath(log).toUri())
        .sorted()
        .toList();
  }

  private List<URI> inputFiles(String path, long version) {
    Dataset<Row> rows = spark.read().format("delta").option("versionAsOf", version).load(path);
    return Arrays.stream(rows.inputFiles()).map(f -> new Path(f).toUri()).sorted().toList();
  }

  private static Column column(StructField field) {
    return new Column(field.name(), type(field.dataType()));
  }

  private static ColumnType type(DataType type) {
    if (type.equals(DataTypes.IntegerType)) {
      return ColumnType.INT;
    }
    if (type.equals(DataTypes.LongType)) {
      return ColumnType.LONG;
    }
    if (type.equals(DataTypes.DoubleType)) {
      return ColumnType.DOUBLE;
    }
    if (type.equals(DataTypes.BooleanType)) {
      return ColumnType.BOOLEAN;
    }
    if (type.equals(DataTypes.DateType)) {
      return ColumnType.DATE;
    }
    if (type.equals(DataTypes.TimestampType)) {
      return ColumnType.TIMESTAMP;
    }
    // Arrays and other types reach a warehouse as their text.
    return ColumnType.STRING;
  }
}
