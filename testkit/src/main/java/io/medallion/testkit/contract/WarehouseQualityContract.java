package io.medallion.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.RunQuality;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.table.TableName;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Warehouse} must do with runs' quality: serve, per table, the latest run that
 * did work on it in {@code reporting.v_data_quality}, and that run's failed expectations in {@code
 * reporting.v_quarantine_reasons}, typed and ordered as {@link ReportingView} defines them (the
 * run's start an instant, the same in every warehouse); a run recorded again replaces itself. A
 * subclass gives a fresh, empty warehouse per test.
 */
public abstract class WarehouseQualityContract {

  private static final RunId FIRST = new RunId("20260101-000000-0001");
  private static final RunId SECOND = new RunId("20260102-000000-0002");
  private static final Instant FIRST_AT = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant SECOND_AT = Instant.parse("2026-01-02T00:00:00Z");
  private static final TableName TITLES = TableName.parse("silver.titles");
  private static final TableName DIM_TITLE = TableName.parse("gold.dim_title");

  /** A new warehouse holding no gold table and no record of any run. */
  protected abstract Warehouse newWarehouse() throws Exception;

  @Test
  void givenOneRun_recordQuality_servesEachTablesCountsAndFailedExpectations() throws Exception {
    Warehouse warehouse = newWarehouse();

    warehouse.recordQuality(new RunQuality(FIRST, FIRST_AT, List.of(titles(10), dimTitle(7))));

    assertThat(dataQuality(warehouse))
        .containsExactly(
            List.of("gold.dim_title", "gold", 7L, 7L, 0L, 0L, 1L, 0L, FIRST.value(), FIRST_AT),
            List.of("silver.titles", "silver", 10L, 7L, 1L, 2L, 1L, 2L, FIRST.value(), FIRST_AT));
    assertThat(quarantineReasons(warehouse))
        .containsExactly(
            List.of("silver.titles", "show_id_present", "QUARANTINE", 2L, FIRST.value()),
            List.of("silver.titles", "kind_known", "DROP", 1L, FIRST.value()));
  }

  @Test
  void givenALaterRunOfOneTable_recordQuality_servesItAndKeepsTheOtherTablesLastRun()
      throws Exception {
    Warehouse warehouse = newWarehouse();
    warehouse.recordQuality(new RunQuality(FIRST, FIRST_AT, List.of(titles(10), dimTitle(7))));

    warehouse.recordQuality(new RunQuality(SECOND, SECOND_AT, List.of(titles(20))));

    assertThat(dataQuality(warehouse))
        .containsExactly(
            List.of("gold.dim_title", "gold", 7L, 7L, 0L, 0L, 1L, 0L, FIRST.value(), FIRST_AT),
            List.of(
                "silver.titles", "silver", 20L, 17L, 1L, 2L, 1L, 2L, SECOND.value(), SECOND_AT));
    assertThat(quarantineReasons(warehouse)).extracting(r -> r.get(4)).containsOnly(SECOND.value());
  }

  @Test
  void givenALaterRunThatFoundNothingNew_recordQuality_keepsTheRunThatDidWork() throws Exception {
    Warehouse warehouse = newWarehouse();
    warehouse.recordQuality(new RunQuality(FIRST, FIRST_AT, List.of(dimTitle(7))));
    LayerResult untouched = new LayerResult(DIM_TITLE, 0, 0, 0, 0, List.of(), 1, false);

    warehouse.recordQuality(new RunQuality(SECOND, SECOND_AT, List.of(untouched)));

    assertThat(dataQuality(warehouse))
        .containsExactly(
            List.of("gold.dim_title", "gold", 7L, 7L, 0L, 0L, 1L, 0L, FIRST.value(), FIRST_AT));
  }

  @Test
  void givenTheSameRunRecordedTwice_recordQuality_replacesWhatItRecordedBefore() throws Exception {
    Warehouse warehouse = newWarehouse();
    warehouse.recordQuality(new RunQuality(FIRST, FIRST_AT, List.of(titles(10), dimTitle(7))));

    warehouse.recordQuality(new RunQuality(FIRST, FIRST_AT, List.of(titles(30))));

    assertThat(dataQuality(warehouse))
        .containsExactly(
            List.of("silver.titles", "silver", 30L, 27L, 1L, 2L, 1L, 2L, FIRST.value(), FIRST_AT));
    assertThat(quarantineReasons(warehouse)).hasSize(2);
  }

  @Test
  void givenARecordedRun_dataQuality_statesWhenTheRunStarted() throws Exception {
    Warehouse warehouse = newWarehouse();

    warehouse.recordQuality(new RunQuality(FIRST, FIRST_AT, List.of(dimTitle(7))));

    assertThat(dataQuality(warehouse))
        .singleElement()
        .satisfies(r -> assertThat(r.get(9)).isEqualTo(FIRST_AT));
  }

  private static List<List<Object>> dataQuality(Warehouse warehouse) {
    return warehouse.view(ReportingView.V_DATA_QUALITY).rows();
  }

  private static List<List<Object>> quarantineReasons(Warehouse warehouse) {
    return warehouse.view(ReportingView.V_QUARANTINE_REASONS).rows();
  }

  // Two of its rows quarantined, one dropped, one warning that every row passed.
  private static LayerResult titles(long rowsIn) {
    return new LayerResult(
        TITLES,
        rowsIn,
        rowsIn - 3,
        1,
        2,
        List.of(
            new ExpectationResult(
                "show_id_present", Action.QUARANTINE, "show_id IS NOT NULL", 8, 2),
            new ExpectationResult("kind_known", Action.DROP, "kind IN ('Movie')", 9, 1),
            new ExpectationResult("title_present", Action.WARN, "title IS NOT NULL", 10, 0)),
        4,
        false);
  }

  private static LayerResult dimTitle(long rows) {
    return new LayerResult(
        DIM_TITLE,
        rows,
        rows,
        0,
        0,
        List.of(new ExpectationResult("key_unique", Action.FAIL, "show_id unique", rows, 0)),
        2,
        false);
  }
}
