package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.testkit.fixture.RuleCases;
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

/** The Spark compilation of every rule agrees with the shared case table, in one Spark job. */
@ExtendWith(SharedSpark.class)
class RuleColumnsTest {

  @Test
  void givenEveryCase_compiledColumn_agreesWithTheExpectedVerdict(SparkSession spark) {
    List<RuleCases.Case> cases = RuleCases.all();
    List<Row> rows = new ArrayList<>();
    Column verdict = lit(null).cast("boolean");
    for (int i = cases.size() - 1; i >= 0; i--) {
      rows.add(RowFactory.create(i, cases.get(i).a(), cases.get(i).b()));
      verdict =
          when(col("id").equalTo(i), RuleColumns.compile(cases.get(i).rule())).otherwise(verdict);
    }
    StructType schema =
        new StructType()
            .add("id", DataTypes.IntegerType)
            .add("a", DataTypes.StringType)
            .add("b", DataTypes.StringType);

    List<Row> verdicts =
        spark
            .createDataFrame(rows, schema)
            .select(col("id"), verdict.as("verdict"))
            .orderBy("id")
            .collectAsList();

    assertThat(verdicts).hasSize(cases.size());
    for (Row row : verdicts) {
      RuleCases.Case c = cases.get(row.getInt(0));
      assertThat(row.isNullAt(1)).as("never unknown: " + c).isFalse();
      assertThat(row.getBoolean(1)).as(c.toString()).isEqualTo(c.expected());
    }
  }
}
