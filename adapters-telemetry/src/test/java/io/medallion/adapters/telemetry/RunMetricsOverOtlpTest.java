package io.medallion.adapters.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.medallion.adapters.telemetry.OtlpReceiver.Point;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.application.run.RunReport.StageTiming;
import io.medallion.domain.quality.ExpectationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunMetricsOverOtlpTest {

  private static final String RUN_ID = TestRuns.RUN.value();

  private OtlpReceiver receiver;
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  @BeforeEach
  void receive() throws Exception {
    receiver = new OtlpReceiver();
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void givenATwoTableRun_itsMetrics_arriveOverOtlpAsTheReportSays() {
    RunReport report = TestRuns.twoTables();

    replayed(report);

    assertThat(receiver.refused()).isEmpty();
    assertThat(receiver.serviceNames()).containsOnly("medallion");
    assertThat(receiver.points("medallion.rows"))
        .extracting(Point::attributes, Point::value)
        .containsExactlyInAnyOrderElementsOf(rows(report));
    assertThat(receiver.points("medallion.expectations"))
        .extracting(Point::attributes, Point::value)
        .containsExactlyInAnyOrderElementsOf(expectations(report));
    assertThat(receiver.points("medallion.stage.duration"))
        .extracting(Point::attributes, Point::value, Point::count)
        .containsExactlyInAnyOrderElementsOf(stages(report));
    assertThat(receiver.points("medallion.run.duration"))
        .extracting(Point::attributes, Point::value, Point::count)
        .containsExactly(tuple(Map.of("outcome", "succeeded", "run_id", RUN_ID), 90.0, 1L));
    assertThat(receiver.points("medallion.runs"))
        .extracting(Point::attributes, Point::value)
        .containsExactly(tuple(Map.of("outcome", "succeeded"), 1.0));
    assertThat(receiver.points("medallion.lock.wait"))
        .extracting(Point::attributes, Point::value, Point::count)
        .containsExactly(tuple(Map.of(), 1.5, 1L));
    assertThat(warnings).isEmpty();
  }

  @Test
  void givenATwoTableRun_itsSources_countFilesBytesAndRetries() {
    RunReport report = TestRuns.twoTables();

    replayed(report);

    List<Tuple> files = new ArrayList<>();
    List<Tuple> bytes = new ArrayList<>();
    List<Tuple> retries = new ArrayList<>();
    for (IngestedFile file : report.ingested()) {
      Map<String, String> fetched =
          Map.of("source", file.source(), "landed", Boolean.toString(file.landed()));
      files.add(tuple(fetched, 1.0));
      bytes.add(tuple(fetched, (double) file.bytes()));
      retries.add(
          tuple(Map.of("source", file.source()), (double) TestRuns.RETRIES.get(file.source())));
    }
    assertThat(receiver.points("medallion.source.files"))
        .extracting(Point::attributes, Point::value)
        .containsExactlyInAnyOrderElementsOf(files);
    assertThat(receiver.points("medallion.source.bytes"))
        .extracting(Point::attributes, Point::value)
        .containsExactlyInAnyOrderElementsOf(bytes);
    assertThat(receiver.points("medallion.source.retries"))
        .extracting(Point::attributes, Point::value)
        .containsExactlyInAnyOrderElementsOf(retries);
  }

  @Test
  void everyMetric_carriesItsConventionalUnit() {
    replayed(TestRuns.twoTables());

    assertThat(receiver.points())
        .extracting(Point::name, Point::unit)
        .containsOnly(
            tuple("medallion.runs", "{run}"),
            tuple("medallion.run.duration", "s"),
            tuple("medallion.stage.duration", "s"),
            tuple("medallion.rows", "{row}"),
            tuple("medallion.expectations", "{row}"),
            tuple("medallion.source.files", "{file}"),
            tuple("medallion.source.bytes", "By"),
            tuple("medallion.source.retries", "{retry}"),
            tuple("medallion.lock.wait", "s"));
  }

  @Test
  void givenAFailedRun_itsOutcome_isFailed() {
    replayed(TestRuns.failed());

    assertThat(receiver.points("medallion.runs"))
        .extracting(Point::attributes, Point::value)
        .containsExactly(tuple(Map.of("outcome", "failed"), 1.0));
    assertThat(receiver.points("medallion.run.duration"))
        .extracting(Point::attributes, Point::value)
        .containsExactly(tuple(Map.of("outcome", "failed", "run_id", RUN_ID), 12.0));
    assertThat(receiver.points("medallion.rows")).hasSize(4);
  }

  @Test
  void givenARunWithNothingNew_itsOutcome_isNothingNew_andNoRowsAreCounted() {
    replayed(TestRuns.nothingNew());

    assertThat(receiver.points("medallion.runs"))
        .extracting(Point::attributes, Point::value)
        .containsExactly(tuple(Map.of("outcome", "nothing_new"), 1.0));
    assertThat(receiver.points("medallion.run.duration"))
        .extracting(Point::attributes, Point::value)
        .containsExactly(tuple(Map.of("outcome", "nothing_new", "run_id", RUN_ID), 1.5));
    assertThat(receiver.points("medallion.rows")).isEmpty();
    assertThat(receiver.points("medallion.expectations")).isEmpty();
  }

  /**
   * The run's events told to a Telemetry that exports to the receiver only when flushed (its
   * periodic export is ten minutes away): what arrives came with the run's end.
   */
  private void replayed(RunReport report) {
    Map<String, String> environment =
        Map.of(
            "OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
            "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
            "OTEL_METRIC_EXPORT_INTERVAL", "600000");
    try (Telemetry telemetry = new Telemetry(environment, () -> null, warnings::add)) {
      assertThat(telemetry.progress()).isInstanceOf(RunMetrics.class);
      TestRuns.replay(report, telemetry.progress());
      assertThat(receiver.points()).isNotEmpty();
    }
  }

  private static List<Tuple> rows(RunReport report) {
    List<Tuple> rows = new ArrayList<>();
    for (LayerResult table : report.tables()) {
      rows.add(tuple(tableAttributes(table, "in"), (double) table.rowsIn()));
      rows.add(tuple(tableAttributes(table, "out"), (double) table.rowsOut()));
      rows.add(tuple(tableAttributes(table, "dropped"), (double) table.dropped()));
      rows.add(tuple(tableAttributes(table, "quarantined"), (double) table.quarantined()));
    }
    return rows;
  }

  private static List<Tuple> expectations(RunReport report) {
    List<Tuple> counts = new ArrayList<>();
    for (LayerResult table : report.tables()) {
      for (ExpectationResult e : table.expectations()) {
        counts.add(tuple(expectationAttributes(table, e, "passed"), (double) e.passed()));
        counts.add(tuple(expectationAttributes(table, e, "failed"), (double) e.failed()));
      }
    }
    return counts;
  }

  private static List<Tuple> stages(RunReport report) {
    return report.stages().stream()
        .map(
            (StageTiming s) ->
                tuple(
                    Map.of("stage", s.stage().label(), "run_id", RUN_ID),
                    s.took().toMillis() / 1000.0,
                    1L))
        .toList();
  }

  private static Map<String, String> tableAttributes(LayerResult table, String outcome) {
    return Map.of(
        "layer",
        table.table().layer().id(),
        "table",
        table.table().toString(),
        "outcome",
        outcome,
        "run_id",
        RUN_ID);
  }

  private static Map<String, String> expectationAttributes(
      LayerResult table, ExpectationResult expectation, String outcome) {
    return Map.of(
        "layer", table.table().layer().id(),
        "table", table.table().toString(),
        "expectation", expectation.name(),
        "action", expectation.action().name().toLowerCase(Locale.ROOT),
        "outcome", outcome,
        "run_id", RUN_ID);
  }
}
