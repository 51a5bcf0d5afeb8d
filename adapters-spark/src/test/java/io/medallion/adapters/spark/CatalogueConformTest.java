package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.testkit.fixture.CatalogueConformCases;
import io.medallion.testkit.fixture.CatalogueConformCases.Case;
import io.medallion.testkit.fixture.CatalogueConformCases.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Spark conforms catalogue records as the shared case table says: titles and names alike. */
@ExtendWith(SharedSpark.class)
class CatalogueConformTest {

  private static final List<Case> CASES = CatalogueConformCases.all();
  private static Dataset<Row> records;

  /** Every case as a bronze catalogue row, its index as the record index. */
  @BeforeAll
  static void bronzeRows(SparkSession spark) {
    StructType schema = new StructType();
    for (String column : Feed.CATALOGUE.columns()) {
      schema = schema.add(column, DataTypes.StringType);
    }
    schema =
        schema
            .add(BronzeSpec.CORRUPT_RECORD, DataTypes.StringType)
            .add(BronzeSpec.RESCUED_DATA, DataTypes.StringType)
            .add(BronzeSpec.SOURCE_FILE, DataTypes.StringType)
            .add(BronzeSpec.INGESTED_AT, DataTypes.TimestampType)
            .add(BronzeSpec.RUN_ID, DataTypes.StringType)
            .add(BronzeLoad.RECORD_INDEX, DataTypes.LongType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      List<Object> values = new ArrayList<>();
      for (String column : Feed.CATALOGUE.columns()) {
        values.add(CASES.get(i).record().get(column));
      }
      values.addAll(java.util.Arrays.asList(null, null, "case.csv", null, "run", (long) i));
      rows.add(RowFactory.create(values.toArray()));
    }
    records = spark.createDataFrame(rows, schema);
  }

  @Test
  void givenEveryCase_asTitles_givesTheExpectedTitle() {
    Map<Long, Row> byCase =
        CatalogueColumns.asTitles(records).collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getAs(BronzeLoad.RECORD_INDEX), r -> r));

    for (int i = 0; i < CASES.size(); i++) {
      Row row = byCase.get((long) i);
      assertThat(Title.of(row::getAs)).as(CASES.get(i).toString()).isEqualTo(CASES.get(i).title());
      for (String column : List.of("show_id", "type", "title", "date_added", "description")) {
        assertThat((String) row.getAs(column))
            .as(column + " of " + CASES.get(i))
            .isEqualTo(CASES.get(i).record().get(column));
      }
    }
  }

  @Test
  void givenEveryCase_asBridge_givesTheExpectedNamesInOrder() {
    for (Feed feed : Feed.lookups()) {
      String name = feed.nameColumn().orElseThrow();
      Map<Long, List<String>> names =
          CatalogueColumns.asBridge(feed, records)
              .groupBy(col(BronzeLoad.RECORD_INDEX))
              .agg(collect_list(col(name)).as("names"))
              .collectAsList()
              .stream()
              .collect(Collectors.toMap(r -> r.getLong(0), r -> r.getList(1)));

      for (int i = 0; i < CASES.size(); i++) {
        Case c = CASES.get(i);
        if (c.lookup() == feed) {
          assertThat(names.getOrDefault((long) i, List.of())).as(c.toString()).isEqualTo(c.names());
        }
      }
    }
  }
}
