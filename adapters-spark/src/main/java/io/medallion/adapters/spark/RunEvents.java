package io.medallion.adapters.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.application.run.RunReport.StageTiming;
import io.medallion.domain.quality.Action;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.table.TableName;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** A run report as event rows, and back: the two directions of {@code meta.events}. */
final class RunEvents {

  static final String STARTED = "run_started";
  static final String SUCCEEDED = "run_succeeded";
  static final String FAILED = "run_failed";

  private final ObjectMapper json;
  private final List<Row> rows = new ArrayList<>();
  private String run;
  private Timestamp time;

  RunEvents(ObjectMapper json) {
    this.json = json;
  }

  List<Row> of(RunReport report) {
    run = report.runId().value();
    time = Timestamp.from(report.finishedAt());
    for (IngestedFile f : report.ingested()) {
      add(
          "ingest",
          null,
          "file_fetched",
          "source",
          f.source(),
          "path",
          f.path(),
          "bytes",
          f.bytes(),
          "landed",
          f.landed());
    }
    for (LayerResult r : report.tables()) {
      String stage = r.table().layer().id();
      String table = r.table().toString();
      add(
          stage,
          table,
          "table_written",
          "rows_in",
          r.rowsIn(),
          "rows_out",
          r.rowsOut(),
          "dropped",
          r.dropped(),
          "quarantined",
          r.quarantined(),
          "version",
          r.version(),
          "aggregate",
          r.aggregate());
      for (ExpectationResult e : r.expectations()) {
        add(
            stage,
            table,
            "expectation",
            "name",
            e.name(),
            "action",
            e.action().name().toLowerCase(Locale.ROOT),
            "rule",
            e.rule(),
            "passed",
            e.passed(),
            "failed",
            e.failed());
      }
    }
    for (StageTiming t : report.stages()) {
      add(t.stage().label(), null, "stage_timing", "millis", t.took().toMillis());
    }
    add(
        "run",
        null,
        report.succeeded() ? SUCCEEDED : FAILED,
        "started_at",
        report.startedAt().toString(),
        "millis",
        report.elapsed().toMillis(),
        "failure",
        report.failure().orElse(null),
        "nothing_new",
        report.nothingNew());
    return rows;
  }

  /** The one event a run writes as it begins, so that a run killed before its end is still seen. */
  List<Row> started(RunId run, Instant at) {
    this.run = run.value();
    time = Timestamp.from(at);
    add("run", null, STARTED, "started_at", at.toString());
    return rows;
  }

  static RunReport report(RunId run, List<DeltaRunLog.Event> events) {
    List<IngestedFile> ingested = new ArrayList<>();
    Map<String, TableCounts> tables = new LinkedHashMap<>();
    List<StageTiming> stages = new ArrayList<>();
    Instant started = null;
    Instant finished = null;
    Optional<String> failure = Optional.empty();
    boolean nothingNew = false;
    for (DeltaRunLog.Event e : events) {
      JsonNode d = e.details();
      switch (e.kind()) {
        case "file_fetched" ->
            ingested.add(
                new IngestedFile(
                    d.path("source").asText(),
                    d.path("path").asText(),
                    d.path("bytes").asLong(),
                    d.path("landed").asBoolean()));
        case "table_written" -> tables.put(e.table(), new TableCounts(d));
        case "expectation" ->
            tables
                .get(e.table())
                .expectations
                .add(
                    new ExpectationResult(
                        d.path("name").asText(),
                        Action.valueOf(d.path("action").asText().toUpperCase(Locale.ROOT)),
                        d.path("rule").asText(),
                        d.path("passed").asLong(),
                        d.path("failed").asLong()));
        case "stage_timing" ->
            stages.add(
                new StageTiming(
                    Stage.valueOf(e.stage().toUpperCase(Locale.ROOT)),
                    Duration.ofMillis(d.path("millis").asLong())));
        case STARTED -> {
          // The start mark says only that the run began; its end event repeats the start time.
        }
        default -> {
          started = Instant.parse(d.path("started_at").asText());
          finished = e.time();
          failure =
              d.hasNonNull("failure") ? Optional.of(d.get("failure").asText()) : Optional.empty();
          nothingNew = d.path("nothing_new").asBoolean(false);
        }
      }
    }
    List<LayerResult> results = new ArrayList<>();
    tables.forEach((name, counts) -> results.add(counts.result(TableName.parse(name))));
    return new RunReport(run, started, finished, failure, ingested, results, stages, nothingNew);
  }

  private void add(String stage, String table, String kind, Object... pairs) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("seq", rows.size());
    for (int i = 0; i < pairs.length; i += 2) {
      details.put((String) pairs[i], pairs[i + 1]);
    }
    try {
      rows.add(RowFactory.create(run, time, stage, table, kind, json.writeValueAsString(details)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event details are plain values", e);
    }
  }

  /** A table_written event and the expectation events that follow it. */
  private static final class TableCounts {
    private final JsonNode d;
    private final List<ExpectationResult> expectations = new ArrayList<>();

    TableCounts(JsonNode d) {
      this.d = d;
    }

    LayerResult result(TableName table) {
      return new LayerResult(
          table,
          d.path("rows_in").asLong(),
          d.path("rows_out").asLong(),
          d.path("dropped").asLong(),
          d.path("quarantined").asLong(),
          expectations,
          d.path("version").asLong(),
          d.path("aggregate").asBoolean());
    }
  }
}
