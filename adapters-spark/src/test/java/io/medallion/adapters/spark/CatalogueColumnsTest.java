package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.testkit.CatalogueCleaningCases;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Spark's catalogue cleaning expressions agree with the shared case table, in one job. */
@ExtendWith(SharedSpark.class)
class CatalogueColumnsTest {

  @Test
  void givenEveryCase_catalogueColumn_givesTheExpectedValue(SparkSession spark) {
    List<CatalogueCleaningCases.Case> cases = CatalogueCleaningCases.all();
    List<Row> rows = new ArrayList<>();
    Column cleaned = lit(null).cast("string");
    for (int i = 0; i < cases.size(); i++) {
      rows.add(RowFactory.create(i, cases.get(i).input()));
      cleaned =
          when(col("id").equalTo(i), clean(cases.get(i).function()).cast("string"))
              .otherwise(cleaned);
    }
    StructType schema =
        new StructType().add("id", DataTypes.IntegerType).add("raw", DataTypes.StringType);

    List<Row> results =
        spark.createDataFrame(rows, schema).select(col("id"), cleaned.as("value")).collectAsList();

    assertThat(results).hasSize(cases.size());
    for (Row row : results) {
      CatalogueCleaningCases.Case c = cases.get(row.getInt(0));
      assertThat(row.isNullAt(1) ? null : row.getString(1))
          .as(c.toString())
          .isEqualTo(c.expected());
    }
  }

  private static Column clean(CatalogueCleaningCases.Function function) {
    Column raw = col("raw");
    return switch (function) {
      case SPLIT_NAMES -> CatalogueColumns.names(raw);
      case MINUTES -> CatalogueColumns.minutes(raw);
      case SEASONS -> CatalogueColumns.seasons(raw);
      case DATE_ADDED -> CatalogueColumns.dateAdded(raw);
    };
  }
}
