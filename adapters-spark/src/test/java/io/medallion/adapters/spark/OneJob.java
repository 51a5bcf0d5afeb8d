package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Runs a table of cases through Spark in one job: each case is a row (id, raw) and its own
 * expression, chosen by id; the results come back as text in case order (null stays null).
 */
final class OneJob {

  private OneJob() {}

  static <C> List<String> results(
      SparkSession spark, List<C> cases, Function<C, String> raw, Function<C, Column> expression) {
    List<Row> rows = new ArrayList<>();
    Column value = lit(null).cast("string");
    for (int i = 0; i < cases.size(); i++) {
      rows.add(RowFactory.create(i, raw.apply(cases.get(i))));
      value =
          when(col("id").equalTo(i), expression.apply(cases.get(i)).cast("string"))
              .otherwise(value);
    }
    StructType schema =
        new StructType().add("id", DataTypes.IntegerType).add("raw", DataTypes.StringType);
    String[] results = new String[cases.size()];
    for (Row row :
        spark.createDataFrame(rows, schema).select(col("id"), value.as("value")).collectAsList()) {
      results[row.getInt(0)] = row.isNullAt(1) ? null : row.getString(1);
    }
    return java.util.Arrays.asList(results);
  }
}
