package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medallion.application.port.in.RunId;
import io.medallion.application.port.in.RunReport;
import io.medallion.application.port.out.RunLog;
import io.medallion.domain.medallion.Layer;
import io.medallion.domain.medallion.TableName;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The run log as the Delta table {@code meta.events}: one row per event (run id, time, stage,
 * table, kind, details as JSON), appended in one commit per run; a run's report is rebuilt from its
 * events.
 */
final class DeltaRunLog implements RunLog {

  static final TableName EVENTS = TableName.of(Layer.META, "events");

  static final StructType SCHEMA =
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
    if (delta.exists(path) && !events(path, report.runId()).isEmpty()) {
      return;
    }
    spark
        .createDataFrame(new RunEvents(json).of(report), SCHEMA)
        .write()
        .format("delta")
        .mode(SaveMode.Append)
        .save(path);
  }

  @Override
  public Optional<RunReport> find(Optional<RunId> run) {
    String path = lake.table(EVENTS);
    if (!delta.exists(path)) {
      return Optional.empty();
    }
    Optional<RunId> wanted = run.isPresent() ? run : latest(path);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    List<Row> rows = events(path, wanted.get()).collectAsList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Event> events =
        rows.stream().map(this::event).sorted(Comparator.comparingLong(Event::seq)).toList();
    return Optional.of(RunEvents.report(wanted.get(), events));
  }

  private Optional<RunId> latest(String path) {
    List<Row> last =
        delta
            .read(path)
            .filter(col("stage").equalTo(lit("run")))
            .orderBy(col("time").desc(), col("run_id").desc())
            .select("run_id")
            .limit(1)
            .collectAsList();
    return last.stream().findFirst().map(r -> new RunId(r.getString(0)));
  }

  private Dataset<Row> events(String path, RunId run) {
    return delta.read(path).filter(col("run_id").equalTo(lit(run.value())));
  }

  private Event event(Row row) {
    try {
      JsonNode details = json.readTree(row.<String>getAs("details"));
      return new Event(
          row.<java.sql.Timestamp>getAs("time").toInstant(),
          row.getAs("stage"),
          row.getAs("table"),
          row.getAs("kind"),
          details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("meta.events holds details that are not JSON", e);
    }
  }

  /** One row of the event log, its details parsed. */
  record Event(java.time.Instant time, String stage, String table, String kind, JsonNode details) {
    long seq() {
      return details.path("seq").asLong();
    }
  }
}
