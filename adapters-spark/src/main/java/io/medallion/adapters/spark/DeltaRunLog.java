package io.medallion.adapters.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.delta.kernel.exceptions.KernelException;
import io.delta.tables.DeltaTable;
import io.medallion.application.port.out.RunLog;
import io.medallion.application.run.PastRun;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run log as the Delta table {@code meta.events}: one row per event (run id, time, stage,
 * table, kind, details as JSON), a run's start mark in one commit and its end in another; a run's
 * report is rebuilt from its events.
 */
final class DeltaRunLog implements RunLog {

  static final TableName EVENTS = TableName.of(Layer.META, "events");

  private static final Logger LOG = LoggerFactory.getLogger(DeltaRunLog.class);

  private static final String CHANGE_FEED = "delta.enableChangeDataFeed";

  static final StructType SCHEMA =
      new StructType()
          .add("run_id", DataTypes.StringType, false)
          .add("time", DataTypes.TimestampType, false)
          .add("stage", DataTypes.StringType, false)
          .add("table", DataTypes.StringType, true)
          .add("kind", DataTypes.StringType, false)
          .add("details", DataTypes.StringType, false);

  private final Supplier<SparkSession> spark;
  private final LakeLocations lake;
  private final Supplier<DeltaTables> delta;
  private final Optional<KernelAppend> kernel;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * Spark and its Delta operations are asked for on first need: a run with nothing new has none.
   */
  DeltaRunLog(
      Supplier<SparkSession> spark,
      LakeLocations lake,
      Supplier<DeltaTables> delta,
      Optional<KernelAppend> kernel) {
    this.spark = spark;
    this.lake = lake;
    this.delta = delta;
    this.kernel = kernel;
  }

  /**
   * Noted once per run, as the table's transaction {@code medallion.start.<run>} (a note the table
   * already holds adds nothing): by Kernel without Spark where it can (a run's first write then
   * starts no session), else by Spark, which also creates a missing table.
   */
  @Override
  public void started(RunId run, Instant at) {
    String path = lake.table(EVENTS);
    String transaction = "medallion.start." + run.value();
    List<Row> mark = new RunEvents(json).started(run, at);
    if (kernel.isPresent()) {
      try {
        kernel.get().appendOnce(path, transaction, mark);
        return;
      } catch (KernelException e) {
        LOG.debug("the start of {} is noted with Spark: {}", run, e.getMessage());
      }
    }
    append(path, mark, Optional.of(transaction));
  }

  /**
   * Recorded once per run, as the table's transaction {@code medallion.end.<run>} (a record the
   * table already holds adds nothing, and no scan of the log looks for it first): by Kernel when
   * the run started no Spark session, else by Spark.
   */
  @Override
  public void record(RunReport report) {
    String path = lake.table(EVENTS);
    String transaction = "medallion.end." + report.runId().value();
    List<Row> events = new RunEvents(json).of(report);
    if (report.nothingNew() && kernel.isPresent()) {
      try {
        // Its only write: appended in one commit by Kernel, without Spark.
        kernel.get().appendOnce(path, transaction, events);
        return;
      } catch (KernelException e) {
        LOG.info("meta.events is recorded with Spark this once: {}", e.getMessage());
      }
    }
    append(path, events, Optional.of(transaction));
  }

  @Override
  public Optional<RunReport> find(Optional<RunId> run) {
    String path = lake.table(EVENTS);
    if (!delta.get().exists(path)) {
      return Optional.empty();
    }
    Optional<RunId> wanted = run.isPresent() ? run : latest(path);
    return wanted.flatMap(id -> Optional.ofNullable(reports(path, List.of(id)).get(id)));
  }

  @Override
  public List<PastRun> history(int limit) {
    String path = lake.table(EVENTS);
    if (!delta.get().exists(path)) {
      return List.of();
    }
    Map<RunId, Instant> starts = starts(path);
    List<RunId> newest =
        starts.entrySet().stream()
            .sorted(
                Map.Entry.<RunId, Instant>comparingByValue()
                    .thenComparing(e -> e.getKey().value())
                    .reversed())
            .limit(limit)
            .map(Map.Entry::getKey)
            .toList();
    Map<RunId, RunReport> reports = reports(path, newest);
    return newest.stream()
        .map(
            r ->
                reports.containsKey(r)
                    ? PastRun.of(reports.get(r))
                    : PastRun.died(r, starts.get(r)))
        .toList();
  }

  /** When each run in the log started, from its start mark or its end, read in one pass. */
  private Map<RunId, Instant> starts(String path) {
    Map<RunId, Instant> starts = new HashMap<>();
    for (Row row :
        delta.get().read(path).filter(col("stage").equalTo(lit("run"))).collectAsList()) {
      Event mark = event(row);
      RunId run = new RunId(row.getAs("run_id"));
      // An end repeats the start its report holds; a start mark alone is all a dead run left.
      if (mark.ends()) {
        starts.put(run, mark.startedAt());
      } else {
        starts.putIfAbsent(run, mark.time());
      }
    }
    return starts;
  }

  /** Appends the rows with Spark, as a transaction written once when one is named. */
  private void append(String path, List<Row> rows, Optional<String> transaction) {
    if (!delta.get().exists(path)) {
      // Without a change data feed (no reader needs one): Delta Kernel 4.0 appends only to such a
      // table, as a run with nothing new does.
      DeltaTable.createIfNotExists(spark.get())
          .location(path)
          .addColumns(SCHEMA)
          .property(CHANGE_FEED, "false")
          .execute();
    } else if (Boolean.parseBoolean(
        delta
            .get()
            .snapshot(path)
            .metadata()
            .configuration()
            .getOrElse(CHANGE_FEED, () -> "false"))) {
      // A log made by an earlier release keeps a feed: turned off once.
      spark
          .get()
          .sql(
              "ALTER TABLE delta.`%s` SET TBLPROPERTIES ('%s' = 'false')"
                  .formatted(path.replace("`", "``"), CHANGE_FEED));
    }
    DataFrameWriter<Row> writer =
        spark.get().createDataFrame(rows, SCHEMA).write().format("delta").mode(SaveMode.Append);
    transaction.ifPresent(
        t -> writer.option("txnAppId", t).option("txnVersion", KernelAppend.ONCE));
    writer.save(path);
  }

  private Optional<RunId> latest(String path) {
    List<Row> last =
        delta
            .get()
            .read(path)
            .filter(ends())
            .orderBy(col("time").desc(), col("run_id").desc())
            .select("run_id")
            .limit(1)
            .collectAsList();
    return last.stream().findFirst().map(r -> new RunId(r.getString(0)));
  }

  private static Column ends() {
    return col("kind").isin(RunEvents.SUCCEEDED, RunEvents.FAILED);
  }

  /** The reports of those runs that recorded an end, read in one pass over the log. */
  private Map<RunId, RunReport> reports(String path, List<RunId> runs) {
    if (runs.isEmpty()) {
      return Map.of();
    }
    Object[] ids = runs.stream().map(RunId::value).toArray();
    Map<RunId, List<Event>> byRun =
        delta.get().read(path).filter(col("run_id").isin(ids)).collectAsList().stream()
            .collect(
                Collectors.groupingBy(
                    r -> new RunId(r.getAs("run_id")),
                    Collectors.mapping(this::event, Collectors.toCollection(ArrayList::new))));
    Map<RunId, RunReport> reports = new HashMap<>();
    byRun.forEach(
        (run, events) -> {
          if (events.stream().anyMatch(Event::ends)) {
            events.sort(Comparator.comparingLong(Event::seq));
            reports.put(run, RunEvents.report(run, events));
          }
        });
    return reports;
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
  record Event(Instant time, String stage, String table, String kind, JsonNode details) {
    long seq() {
      return details.path("seq").asLong();
    }

    boolean ends() {
      return kind.equals(RunEvents.SUCCEEDED) || kind.equals(RunEvents.FAILED);
    }

    Instant startedAt() {
      return Instant.parse(details.path("started_at").asText());
    }
  }
}
