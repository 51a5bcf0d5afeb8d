package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medallion.application.port.in.RunReport;
import io.medallion.application.port.out.LayerResult;
import io.medallion.application.port.out.RunLog;
import io.medallion.domain.medallion.Layer;
import io.medallion.domain.medallion.TableName;
import io.medallion.domain.quality.ExpectationResult;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The run log as the Delta table {@code meta.events}: one row per event (run id, time, stage,
 * table, kind, details as JSON), appended in one commit per run.
 */
final class DeltaRunLog implements RunLog {

  static final TableName EVENTS = TableName.of(Layer.META, "events");

  private static final StructType SCHEMA =
      new StructType()
          .add("run_id", DataTypes.StringType, false)
          .add("time", DataTypes.TimestampType, false)
          .add("stage", DataTypes.StringType, false)
          .add("table", DataTypes.StringType, true)
          .add("kind", DataTypes.StringType, false)
          .add("details", DataTypes.StringType, false);

  private final SparkSession spark;
  private final LakeLocations lake;
  private final DeltaTables delta;
  private final ObjectMapper json = new ObjectMapper();

  DeltaRunLog(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    this.spark = spark;
    this.lake = lake;
    this.delta = delta;
  }

  @Override
  public void record(RunReport report) {
    String path = lake.table(EVENTS);
    if (delta.exists(path)
        && !delta.read(path).filter(col("run_id").equalTo(lit(report.runId().value()))).isEmpty()) {
      return;
    }
    spark
        .createDataFrame(events(report), SCHEMA)
        .write()
        .format("delta")
        .mode(SaveMode.Append)
        .save(path);
  }

  private List<Row> events(RunReport report) {
    Timestamp time = Timestamp.from(report.finishedAt());
    String run = report.runId().value();
    List<Row> rows = new ArrayList<>();
    for (RunReport.IngestedFile file : report.ingested()) {
      rows.add(
          RowFactory.create(
              run,
              time,
              "ingest",
              null,
              "file_fetched",
              details(
                  "source",
                  file.source(),
                  "path",
                  file.path(),
                  "bytes",
                  file.bytes(),
                  "landed",
                  file.landed())));
    }
    for (LayerResult result : report.tables()) {
      String stage = result.table().layer().id();
      String table = result.table().toString();
      rows.add(
          RowFactory.create(
              run,
              time,
              stage,
              table,
              "table_written",
              details(
                  "rows_in",
                  result.rowsIn(),
                  "rows_out",
                  result.rowsOut(),
                  "dropped",
                  result.dropped(),
                  "quarantined",
                  result.quarantined(),
                  "version",
                  result.version())));
      for (ExpectationResult e : result.expectations()) {
        rows.add(
            RowFactory.create(
                run,
                time,
                stage,
                table,
                "expectation",
                details(
                    "name",
                    e.name(),
                    "action",
                    e.action().name().toLowerCase(Locale.ROOT),
                    "rule",
                    e.rule(),
                    "passed",
                    e.passed(),
                    "failed",
                    e.failed())));
      }
    }
    for (RunReport.StageTiming timing : report.stages()) {
      rows.add(
          RowFactory.create(
              run,
              time,
              timing.stage().name().toLowerCase(Locale.ROOT),
              null,
              "stage_timing",
              details("millis", timing.took().toMillis())));
    }
    rows.add(
        RowFactory.create(
            run,
            time,
            "run",
            null,
            report.succeeded() ? "run_succeeded" : "run_failed",
            details(
                "started_at",
                report.startedAt().toString(),
                "millis",
                report.elapsed().toMillis(),
                "failure",
                report.failure().orElse(null))));
    return rows;
  }

  private String details(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    try {
      return json.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event details are plain values", e);
    }
  }
}
