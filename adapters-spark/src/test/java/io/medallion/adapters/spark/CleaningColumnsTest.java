package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.testkit.fixture.CleaningCases;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Spark's cleaning expressions agree with the shared case table, all cases in one job. */
@ExtendWith(SharedSpark.class)
class CleaningColumnsTest {

  @Test
  void givenEveryCase_cleaningColumn_givesTheExpectedValue(SparkSession spark) {
    List<CleaningCases.Case> cases = CleaningCases.all();

    List<String> results =
        OneJob.results(spark, cases, CleaningCases.Case::input, c -> clean(c.function()));

    for (int i = 0; i < cases.size(); i++) {
      assertThat(results.get(i)).as(cases.get(i).toString()).isEqualTo(cases.get(i).expected());
    }
  }

  private static Column clean(CleaningCases.Function function) {
    Column raw = col("raw");
    return switch (function) {
      case TRIM -> CleaningColumns.trimmed(raw);
      case RATING -> CleaningColumns.rating(raw);
      case SHORT_TITLE -> CleaningColumns.shortTitle(raw);
      case WHOLE_NUMBER -> CleaningColumns.wholeNumber(raw);
      case DATE_ADDED -> CleaningColumns.dateAdded(raw);
    };
  }
}
