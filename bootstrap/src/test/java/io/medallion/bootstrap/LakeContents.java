package io.medallion.bootstrap;

import io.delta.kernel.Scan;
import io.delta.kernel.Table;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.ByteType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DecimalType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.ShortType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampType;
import io.delta.kernel.utils.CloseableIterator;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;

/**
 * What a finished run leaves that a reader sees: every gold table's rows in the lake and in the
 * warehouse, sorted, and the keys that occur more than once in any silver or gold table.
 */
record LakeContents(
    Map<String, List<String>> gold, Map<String, List<String>> warehouse, List<String> duplicates) {

  /**
   * Each table is read once, by Delta Kernel in this thread (no Spark job, and a reader other than
   * the one that wrote it): a gold table's rows are collected and its duplicate keys counted from
   * them, a silver table's keys likewise; the warehouse is read over one read-only connection.
   */
  static LakeContents of(Path workdir) {
    Engine engine = DefaultEngine.create(new Configuration());
    Path lake = workdir.resolve("lake");
    Map<String, List<String>> gold = new TreeMap<>();
    List<String> duplicates = new ArrayList<>();
    for (GoldTable table : GoldTable.values()) {
      List<List<String>> rows = rows(engine, lake.resolve(table.table().path()), table.columns());
      gold.put(table.name(), rows.stream().map(List::toString).sorted().toList());
      duplicates.addAll(
          duplicateKeys(table.table().toString(), rows, table.columns(), table.key()));
    }
    for (SilverSpec spec : NetflixMedallion.silver()) {
      // A silver table's key, under the names silver gives its columns.
      List<String> key =
          spec.feed()
              .bridge()
              .map(b -> List.of("show_id", b.valueColumn()))
              .orElse(List.of("show_id"));
      List<List<String>> keys = rows(engine, lake.resolve(spec.target().path()), key);
      duplicates.addAll(duplicateKeys(spec.target().toString(), keys, key, key));
    }
    return new LakeContents(gold, warehouse(workdir), duplicates);
  }

  /** The columns of every row of the table's latest snapshot, each value as text. */
  private static List<List<String>> rows(Engine engine, Path table, List<String> columns) {
    List<List<String>> rows = new ArrayList<>();
    try {
      Scan scan =
          Table.forPath(engine, table.toString())
              .getLatestSnapshot(engine)
              .getScanBuilder()
              .build();
      Row state = scan.getScanState(engine);
      try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
        while (files.hasNext()) {
          try (CloseableIterator<Row> scanFiles = files.next().getRows()) {
            while (scanFiles.hasNext()) {
              read(engine, state, scanFiles.next(), columns, rows);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + table, e);
    }
    return rows;
  }

  /** Adds the columns of every row of one of the scan's data files to {@code rows}. */
  private static void read(
      Engine engine, Row state, Row file, List<String> columns, List<List<String>> rows)
      throws IOException {
    CloseableIterator<ColumnarBatch> data =
        engine
            .getParquetHandler()
            .readParquetFiles(
                Utils.singletonCloseableIterator(InternalScanFileUtils.getAddFileStatus(file)),
                ScanStateRow.getPhysicalDataReadSchema(engine, state),
                Optional.empty());
    try (CloseableIterator<FilteredColumnarBatch> batches =
        Scan.transformPhysicalData(engine, state, file, data)) {
      while (batches.hasNext()) {
        FilteredColumnarBatch batch = batches.next();
        StructType schema = batch.getData().getSchema();
        try (CloseableIterator<Row> values = batch.getRows()) {
          while (values.hasNext()) {
            Row row = values.next();
            rows.add(columns.stream().map(c -> text(row, schema, c)).toList());
          }
        }
      }
    }
  }

  /** A value as text, dates and timestamps in ISO form. */
  private static String text(Row row, StructType schema, String column) {
    int i = schema.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + schema);
    }
    if (row.isNullAt(i)) {
      return "null";
    }
    DataType type = schema.at(i).getDataType();
    if (type instanceof StringType) {
      return row.getString(i);
    } else if (type instanceof IntegerType) {
      return Integer.toString(row.getInt(i));
    } else if (type instanceof LongType) {
      return Long.toString(row.getLong(i));
    } else if (type instanceof DateType) {
      return LocalDate.ofEpochDay(row.getInt(i)).toString();
    } else if (type instanceof TimestampType) {
      return Instant.EPOCH.plus(row.getLong(i), ChronoUnit.MICROS).toString();
    } else if (type instanceof ShortType) {
      return Short.toString(row.getShort(i));
    } else if (type instanceof ByteType) {
      return Byte.toString(row.getByte(i));
    } else if (type instanceof BooleanType) {
      return Boolean.toString(row.getBoolean(i));
    } else if (type instanceof DoubleType) {
      return Double.toString(row.getDouble(i));
    } else if (type instanceof DecimalType) {
      return row.getDecimal(i).toPlainString();
    }
    throw new IllegalArgumentException("no text for " + column + " of type " + type);
  }

  /** The keys that occur more than once among the rows (values of the columns), with how often. */
  private static List<String> duplicateKeys(
      String table, List<List<String>> rows, List<String> columns, List<String> key) {
    List<Integer> at = key.stream().map(columns::indexOf).toList();
    Map<List<String>, Long> counts =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> at.stream().map(r::get).toList(), Collectors.counting()));
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .map(e -> table + " " + e.getKey() + " x" + e.getValue())
        .sorted()
        .toList();
  }

  /** Every gold table's rows as the warehouse holds them, sorted, each row as text. */
  private static Map<String, List<String>> warehouse(Path workdir) {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:duckdb:" + MedallionSettings.forWorkdir(workdir).warehouseFile(), readOnly);
        Statement statement = connection.createStatement()) {
      for (GoldTable table : GoldTable.values()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet result =
            statement.executeQuery("SELECT * FROM " + table.table() + " ORDER BY ALL")) {
          int width = result.getMetaData().getColumnCount();
          while (result.next()) {
            List<String> row = new ArrayList<>();
            for (int c = 1; c <= width; c++) {
              row.add(result.getString(c));
            }
            rows.add(String.join(",", row));
          }
        }
        tables.put(table.name(), rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the warehouse of " + workdir, e);
    }
    return tables;
  }
}
