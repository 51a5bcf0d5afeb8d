package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.quality.Expectation;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Table rules (unique key, reference exists) in Spark, on the same rows as the in-memory test. */
@ExtendWith(SharedSpark.class)
class JudgementTest {

  @Test
  void givenBridgeWithOrphansAndDuplicatePairs_judge_dropsOrphansAndStopsOnDuplicates(
      SparkSession spark) {
    StructType pair =
        new StructType().add("show_id", DataTypes.StringType).add("person", DataTypes.StringType);
    Dataset<Row> pairs =
        spark.createDataFrame(
            List.of(
                RowFactory.create("s1", "Ada"),
                RowFactory.create("nobody", "Bob"),
                RowFactory.create("s1", "Ada"),
                RowFactory.create(null, "Cy")),
            pair);
    Dataset<Row> titles =
        spark.createDataFrame(
            List.of(RowFactory.create("s1"), RowFactory.create("s2")),
            new StructType().add("show_id", DataTypes.StringType));
    List<Expectation> rules =
        NetflixMedallion.gold().stream()
            .filter(g -> g.table() == GoldTable.BRIDGE_TITLE_CAST)
            .findFirst()
            .orElseThrow()
            .expectations();
    Judgement judgement = new Judgement(rules, table -> titles);

    Dataset<Row> judged = judgement.judge(pairs);
    var results = judgement.results(judgement.tally(judged));

    assertThat(results)
        .extracting(e -> e.name() + "=" + e.failed())
        .containsExactly("keys_not_null=1", "key_unique=2", "title_exists=2");
    assertThat(judgement.withoutVerdicts(judged).columns()).containsExactly("show_id", "person");
    assertThatThrownBy(
            () -> judgement.stopOnFailure("gold.bridge_title_cast", results, judged, "show_id"))
        .hasMessageContaining("keys_not_null");
  }
}
