package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.testkit.fixture.CatalogueCleaningCases;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Spark's catalogue cleaning expressions agree with the shared case table, in one job. */
@ExtendWith(SharedSpark.class)
class CatalogueColumnsTest {

  @Test
  void givenEveryCase_catalogueColumn_givesTheExpectedValue(SparkSession spark) {
    List<CatalogueCleaningCases.Case> cases = CatalogueCleaningCases.all();

    List<String> results =
        OneJob.results(spark, cases, CatalogueCleaningCases.Case::input, c -> clean(c.function()));

    for (int i = 0; i < cases.size(); i++) {
      assertThat(results.get(i)).as(cases.get(i).toString()).isEqualTo(cases.get(i).expected());
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
