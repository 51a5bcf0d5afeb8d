package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads CSV files that share one header as bronze rows: every column as text under the name its
 * header maps to, unknown columns as JSON in {@code _rescued_data}, the raw line of a malformed
 * record in {@code _corrupt_record}, and the ingestion metadata.
 */
final class CsvByHeader {

  private CsvByHeader() {}

  static Dataset<Row> read(
      SparkSession spark, BronzeSpec spec, RunId run, SourceHeader header, List<String> files) {
    StructType schema = new StructType();
    for (String field : header.fields()) {
      schema = schema.add(field, DataTypes.StringType);
    }
    schema = schema.add(BronzeSpec.CORRUPT_RECORD, DataTypes.StringType);
    Dataset<Row> raw =
        spark
            .read()
            .format("csv")
            .schema(schema)
            // The schema comes from this file's own header, so it applies by position; without
            // multiLine a quoted line break splits a record, without escape "" is not a quote.
            .option("header", "true")
            .option("enforceSchema", "true")
            .option("multiLine", "true")
            .option("escape", "\"")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", BronzeSpec.CORRUPT_RECORD)
            .option("encoding", header.encoding())
            .load(files.toArray(String[]::new));
    List<Column> columns = new ArrayList<>();
    spec.feed().columns().forEach(c -> columns.add(col(c)));
    columns.add(col(BronzeSpec.CORRUPT_RECORD));
    columns.add(rescued(header).as(BronzeSpec.RESCUED_DATA));
    columns.add(col("_metadata.file_path").as(BronzeSpec.SOURCE_FILE));
    columns.add(current_timestamp().as(BronzeSpec.INGESTED_AT));
    columns.add(lit(run.value()).as(BronzeSpec.RUN_ID));
    return raw.select(columns.toArray(Column[]::new));
  }

  /** The values of the columns the feed does not know, as JSON under their header names. */
  private static Column rescued(SourceHeader header) {
    List<Integer> positions = header.match().rescued();
    if (positions.isEmpty()) {
      return lit(null).cast(DataTypes.StringType);
    }
    Column[] fields =
        positions.stream()
            .map(i -> col(header.fields().get(i)).as(header.match().header().get(i)))
            .toArray(Column[]::new);
    return to_json(struct(fields));
  }
}
