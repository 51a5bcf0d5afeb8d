package io.medallion.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.table.TableName;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualityTableTest {

  private static final RunId RUN = new RunId("20260101-000000-0001");

  // Two tables: one with a failing and a passing expectation, one with none.
  private final RunQuality quality =
      new RunQuality(
          RUN,
          Instant.parse("2026-01-01T06:30:00Z"),
          List.of(
              new LayerResult(
                  TableName.parse("silver.titles"),
                  10,
                  7,
                  1,
                  2,
                  List.of(
                      new ExpectationResult("show_id_present", Action.QUARANTINE, "r1", 8, 2),
                      new ExpectationResult("title_present", Action.WARN, "r2", 10, 0)),
                  4,
                  false),
              new LayerResult(TableName.parse("gold.dim_title"), 7, 7, 0, 0, List.of(), 2, false)));

  @Test
  void givenARunOfTwoTables_tableQuality_holdsARowPerTableWithItsStartInUtc() {
    LocalDateTime at = LocalDateTime.of(2026, 1, 1, 6, 30);

    assertThat(QualityTable.TABLE_QUALITY.rows(quality))
        .containsExactly(
            List.of(RUN.value(), at, "silver.titles", "silver", 10L, 7L, 1L, 2L, 1L, 1L, 4L),
            List.of(RUN.value(), at, "gold.dim_title", "gold", 7L, 7L, 0L, 0L, 0L, 0L, 2L));
  }

  @Test
  void givenARunOfTwoTables_expectationResults_holdARowPerExpectation() {
    assertThat(QualityTable.EXPECTATION_RESULTS.rows(quality))
        .containsExactly(
            List.of(RUN.value(), "silver.titles", "show_id_present", "QUARANTINE", "r1", 8L, 2L),
            List.of(RUN.value(), "silver.titles", "title_present", "WARN", "r2", 10L, 0L));
  }

  @Test
  void givenEachTable_itsRows_haveOneValuePerColumn() {
    for (QualityTable table : QualityTable.values()) {
      assertThat(table.rows(quality))
          .allSatisfy(row -> assertThat(row).hasSameSizeAs(table.columns()));
    }
  }
}
