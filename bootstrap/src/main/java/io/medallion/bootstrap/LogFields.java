package io.medallion.bootstrap;

import io.medallion.application.port.out.RunProgress;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.Stage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A run in the log: its id, stage and table as fields of every line logged while it runs (the JSON
 * layout writes them as keys, which Log Analytics makes columns), and one line per table and per
 * run at info, with the counts as fields too. The text layout shows warnings only, so these lines
 * are for {@code --log-format json}.
 */
final class LogFields implements RunProgress {

  static final String RUN_ID = "run_id";
  static final String STAGE = "stage";
  static final String TABLE = "table";

  private static final Logger LOG = LoggerFactory.getLogger("io.medallion.run");
  private static final List<String> COUNTS =
      List.of("rows_in", "rows_out", "dropped", "quarantined", "seconds", "outcome");

  @Override
  public void lockAcquired(RunId run, Duration waited) {
    MDC.put(RUN_ID, run.value());
  }

  @Override
  public void stageStarted(Stage stage) {
    MDC.put(STAGE, stage.label());
  }

  @Override
  public void tableDone(Stage stage, LayerResult result) {
    MDC.put(TABLE, result.table().toString());
    logWith(
        Map.of(
            "rows_in", result.rowsIn(),
            "rows_out", result.rowsOut(),
            "dropped", result.dropped(),
            "quarantined", result.quarantined()),
        result.table() + " done");
    MDC.remove(TABLE);
  }

  @Override
  public void stageFinished(Stage stage, Duration took) {
    logWith(Map.of("seconds", took.toMillis() / 1000.0), "stage done");
    MDC.remove(STAGE);
  }

  @Override
  public void runFinished(RunReport report) {
    MDC.put(RUN_ID, report.runId().value());
    String outcome =
        report.nothingNew() ? "nothing_new" : report.succeeded() ? "succeeded" : "failed";
    if (!report.nothingNew()) {
      logWith(
          Map.of("outcome", outcome, "seconds", report.elapsed().toMillis() / 1000.0),
          "run " + outcome + report.failure().map(f -> ": " + f).orElse(""));
    }
    MDC.remove(RUN_ID);
    MDC.remove(STAGE);
  }

  private static void logWith(Map<String, Object> fields, String message) {
    fields.forEach((key, value) -> MDC.put(key, String.valueOf(value)));
    LOG.info(message);
    COUNTS.forEach(MDC::remove);
  }
}
