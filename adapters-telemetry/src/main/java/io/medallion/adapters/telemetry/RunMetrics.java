package io.medallion.adapters.telemetry;

import io.medallion.application.port.out.RunProgress;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.domain.quality.ExpectationResult;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.Meter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a run in OpenTelemetry metrics as it goes: the run, its stages, each table's rows and
 * expectations, the sources fetched and the lock waited for (the names and attributes are in the
 * module's README section). What the run did to the data carries the run's id as {@code run_id}, so
 * a query can chart it per run; the sources and the lock do not, so their series last across runs.
 * It never throws: a metric that cannot be recorded is a warning.
 */
public final class RunMetrics implements RunProgress {

  static final AttributeKey<String> RUN_ID = AttributeKey.stringKey("run_id");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("outcome");
  static final AttributeKey<String> STAGE = AttributeKey.stringKey("stage");
  static final AttributeKey<String> LAYER = AttributeKey.stringKey("layer");
  static final AttributeKey<String> TABLE = AttributeKey.stringKey("table");
  static final AttributeKey<String> EXPECTATION = AttributeKey.stringKey("expectation");
  static final AttributeKey<String> ACTION = AttributeKey.stringKey("action");
  static final AttributeKey<String> SOURCE = AttributeKey.stringKey("source");
  static final AttributeKey<Boolean> LANDED = AttributeKey.booleanKey("landed");

  private static final Logger LOG = LoggerFactory.getLogger(RunMetrics.class);

  private final RunInstruments instruments;
  private final Runnable afterRun;
  private final Consumer<String> warn;
  private volatile String runId = "";

  /** Records with {@code meter}; what exports it is the meter's owner's business. */
  public RunMetrics(Meter meter) {
    this(meter, () -> {}, LOG::warn);
  }

  /** {@code afterRun} runs once a run's last metric is recorded; {@code warn} hears warnings. */
  RunMetrics(Meter meter, Runnable afterRun, Consumer<String> warn) {
    this.instruments = new RunInstruments(Objects.requireNonNull(meter, "meter"));
    this.afterRun = afterRun;
    this.warn = warn;
  }

  @Override
  public void lockAcquired(RunId run, Duration waited) {
    runId = run.value();
    quietly(() -> instruments.lockWait.record(seconds(waited)));
  }

  @Override
  public void sourceFetched(IngestedFile file, int retries) {
    quietly(
        () -> {
          Attributes fetched = Attributes.of(SOURCE, file.source(), LANDED, file.landed());
          instruments.files.add(1, fetched);
          instruments.bytes.add(file.bytes(), fetched);
          instruments.retries.add(retries, Attributes.of(SOURCE, file.source()));
        });
  }

  @Override
  public void tableDone(Stage stage, LayerResult result) {
    quietly(() -> recordTable(result));
  }

  @Override
  public void stageFinished(Stage stage, Duration took) {
    quietly(
        () ->
            instruments.stageDuration.record(
                seconds(took), Attributes.of(STAGE, stage.label(), RUN_ID, runId)));
  }

  @Override
  public void runFinished(RunReport report) {
    quietly(
        () -> {
          Attributes outcome = Attributes.of(OUTCOME, outcome(report));
          instruments.runs.add(1, outcome);
          instruments.runDuration.record(
              seconds(report.elapsed()),
              outcome.toBuilder().put(RUN_ID, report.runId().value()).build());
        });
    quietly(afterRun);
  }

  private void recordTable(LayerResult result) {
    Attributes table =
        Attributes.of(
            LAYER, result.table().layer().id(), TABLE, result.table().toString(), RUN_ID, runId);
    rows(table, "in", result.rowsIn());
    rows(table, "out", result.rowsOut());
    rows(table, "dropped", result.dropped());
    rows(table, "quarantined", result.quarantined());
    for (ExpectationResult expectation : result.expectations()) {
      Attributes judged =
          table.toBuilder()
              .put(EXPECTATION, expectation.name())
              .put(ACTION, id(expectation.action()))
              .build();
      instruments.expectations.add(
          expectation.passed(), judged.toBuilder().put(OUTCOME, "passed").build());
      instruments.expectations.add(
          expectation.failed(), judged.toBuilder().put(OUTCOME, "failed").build());
    }
  }

  private void rows(Attributes table, String outcome, long count) {
    instruments.rows.add(count, table.toBuilder().put(OUTCOME, outcome).build());
  }

  private static String outcome(RunReport report) {
    if (report.nothingNew()) {
      return "nothing_new";
    }
    return report.succeeded() ? "succeeded" : "failed";
  }

  private static String id(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private void quietly(Runnable recording) {
    try {
      recording.run();
    } catch (RuntimeException e) {
      // A listener never throws: a metric lost must not change the run.
      warn.accept("A run metric was not recorded: " + e);
    }
  }
}
