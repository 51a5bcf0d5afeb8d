package io.medallion.adapters.spark;

import io.medallion.application.port.out.LakeRows;
import io.medallion.domain.table.TableName;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** A Delta table's rows that hold a value, collected and handed back as plain Java values. */
final class SparkLakeRows implements LakeRows {

  private final LakeLocations lake;
  private final DeltaTables delta;

  SparkLakeRows(LakeLocations lake, DeltaTables delta) {
    this.lake = lake;
    this.delta = delta;
  }

  @Override
  public List<Map<String, Object>> rowsWhere(TableName table, String column, String value) {
    String path = lake.table(table);
    if (!delta.exists(path)) {
      return List.of();
    }
    Dataset<Row> rows = delta.read(path);
    if (!Arrays.asList(rows.columns()).contains(column)) {
      return List.of();
    }
    Column cell = rows.col("`" + column + "`");
    return rows
        .filter(value == null ? cell.isNull() : cell.cast("string").equalTo(value))
        .collectAsList()
        .stream()
        .map(SparkLakeRows::values)
        .toList();
  }

  private static Map<String, Object> values(Row row) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String name : row.schema().fieldNames()) {
      values.put(name, plain(row.get(row.fieldIndex(name))));
    }
    return values;
  }

  // What the application reads: no Scala collection, Spark row or java.sql type.
  private static Object plain(Object value) {
    if (value instanceof Timestamp at) {
      return at.toInstant();
    }
    if (value instanceof java.sql.Date day) {
      return day.toLocalDate();
    }
    if (value instanceof Row struct) {
      return values(struct);
    }
    if (value instanceof Seq<?> seq) {
      return CollectionConverters.asJava(seq).stream().map(SparkLakeRows::plain).toList();
    }
    if (value instanceof scala.collection.Map<?, ?> map) {
      Map<Object, Object> plain = new LinkedHashMap<>();
      CollectionConverters.asJava(map).forEach((k, v) -> plain.put(plain(k), plain(v)));
      return plain;
    }
    return value;
  }
}
