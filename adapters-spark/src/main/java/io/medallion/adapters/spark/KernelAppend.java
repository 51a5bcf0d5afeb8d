package io.medallion.adapters.spark;

import io.delta.kernel.DataWriteContext;
import io.delta.kernel.Operation;
import io.delta.kernel.Table;
import io.delta.kernel.Transaction;
import io.delta.kernel.TransactionBuilder;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.ConcurrentTransactionException;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampType;
import io.delta.kernel.utils.CloseableIterable;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.DataFileStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;

/**
 * Appends a few rows of text and timestamps to an existing Delta table with Delta Kernel, in
 * process and in one commit, without Spark: the run log's start marks, and its record of a run that
 * started no Spark session. Kernel 4.0 refuses, with a {@code KernelException} before it writes any
 * file, a missing table and a table that keeps a change data feed.
 */
final class KernelAppend {

  /** The version of a transaction written once. */
  static final long ONCE = 1;

  private final Engine engine;

  KernelAppend(Configuration hadoop) {
    this.engine = DefaultEngine.create(hadoop);
  }

  /**
   * Appends the rows in one commit as the table's transaction {@code application} (its version 1),
   * unless the table already holds that transaction.
   */
  void appendOnce(String path, String application, List<Row> rows) {
    Transaction txn;
    try {
      txn = builder(path).withTransactionId(engine, application, ONCE).build(engine);
    } catch (ConcurrentTransactionException alreadyHeld) {
      return;
    }
    append(path, rows, txn);
  }

  private TransactionBuilder builder(String path) {
    return Table.forPath(engine, path)
        .createTransactionBuilder(engine, "medallion", Operation.WRITE);
  }

  private void append(String path, List<Row> rows, Transaction txn) {
    io.delta.kernel.data.Row state = txn.getTransactionState(engine);
    StructType schema = txn.getSchema(engine);
    List<ColumnVector> columns = new ArrayList<>();
    for (int c = 0; c < schema.length(); c++) {
      columns.add(new Values(schema.at(c).getDataType(), column(rows, c)));
    }
    ColumnarBatch batch = new Batch(schema, columns, rows.size());
    CloseableIterator<FilteredColumnarBatch> physical =
        Transaction.transformLogicalData(
            engine,
            state,
            closeable(List.of(new FilteredColumnarBatch(batch, Optional.empty())).iterator()),
            Map.of());
    DataWriteContext context = Transaction.getWriteContext(engine, state, Map.of());
    try {
      CloseableIterator<DataFileStatus> files =
          engine
              .getParquetHandler()
              .writeParquetFiles(
                  context.getTargetDirectory(), physical, context.getStatisticsColumns());
      txn.commit(
          engine,
          CloseableIterable.inMemoryIterable(
              Transaction.generateAppendActions(engine, state, files, context)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + path, e);
    }
  }

  /** Column {@code c} of the rows as Kernel holds it: text, or a timestamp in microseconds. */
  private static List<Object> column(List<Row> rows, int c) {
    List<Object> values = new ArrayList<>();
    for (Row row : rows) {
      Object value = row.get(c);
      values.add(
          value instanceof Timestamp t
              ? ChronoUnit.MICROS.between(java.time.Instant.EPOCH, t.toInstant())
              : value);
    }
    return values;
  }

  private static <T> CloseableIterator<T> closeable(Iterator<T> values) {
    return new CloseableIterator<>() {
      @Override
      public boolean hasNext() {
        return values.hasNext();
      }

      @Override
      public T next() {
        return values.next();
      }

      @Override
      public void close() {
        // nothing held
      }
    };
  }

  /** One column's values; only the types of the run log's columns. */
  private record Values(DataType type, List<Object> values) implements ColumnVector {

    Values {
      if (!(type instanceof StringType) && !(type instanceof TimestampType)) {
        throw new IllegalArgumentException("Kernel appends text and timestamps only: " + type);
      }
    }

    @Override
    public DataType getDataType() {
      return type;
    }

    @Override
    public int getSize() {
      return values.size();
    }

    @Override
    public void close() {
      // nothing held
    }

    @Override
    public boolean isNullAt(int row) {
      return values.get(row) == null;
    }

    @Override
    public String getString(int row) {
      return (String) values.get(row);
    }

    @Override
    public long getLong(int row) {
      return (Long) values.get(row);
    }
  }

  private record Batch(StructType schema, List<ColumnVector> columns, int size)
      implements ColumnarBatch {

    @Override
    public StructType getSchema() {
      return schema;
    }

    @Override
    public ColumnVector getColumnVector(int ordinal) {
      return columns.get(ordinal);
    }

    @Override
    public int getSize() {
      return size;
    }
  }
}
