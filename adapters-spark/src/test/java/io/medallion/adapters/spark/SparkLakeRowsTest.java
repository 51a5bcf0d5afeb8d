package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.table.TableName;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class SparkLakeRowsTest {

  private static final TableName GROUPS = TableName.parse("gold.groups");

  @Test
  void givenADeltaTable_rowsWhere_findsByTextOrNullAndGivesPlainJavaValues(
      SparkSession spark, @TempDir Path root) {
    LakeLocations lake = new LakeLocations(root.toString());
    spark
        .sql(
            "SELECT * FROM VALUES"
                + " ('s1', 2021, DATE'2021-09-25', TIMESTAMP'2026-01-01 00:00:00Z', array('a','b')),"
                + " ('s2', CAST(NULL AS INT), CAST(NULL AS DATE), CAST(NULL AS TIMESTAMP),"
                + " array())"
                + " AS t(show_id, year_added, date_added, ingested_at, rules)")
        .write()
        .format("delta")
        .save(lake.table(GROUPS));
    SparkLakeRows rows = new SparkLakeRows(lake, new DeltaTables(spark));

    List<Map<String, Object>> byYear = rows.rowsWhere(GROUPS, "year_added", "2021");

    assertThat(byYear)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r).containsEntry("show_id", "s1").containsEntry("year_added", 2021);
              assertThat(r).containsEntry("date_added", LocalDate.of(2021, 9, 25));
              assertThat(r).containsEntry("ingested_at", Instant.parse("2026-01-01T00:00:00Z"));
              assertThat(r).containsEntry("rules", List.of("a", "b"));
            });
    assertThat(rows.rowsWhere(GROUPS, "year_added", null))
        .extracting(r -> r.get("show_id"))
        .containsExactly("s2");
    assertThat(rows.rowsWhere(GROUPS, "show_id", "s3")).isEmpty();
    assertThat(rows.rowsWhere(GROUPS, "no_such_column", "s1")).isEmpty();
    assertThat(rows.rowsWhere(TableName.parse("silver.missing"), "show_id", "s1")).isEmpty();
  }
}
