package io.medallion.adapters.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run's report as JSON ({@code --report FILE}): seconds per stage and each table's rows, for
 * scripts and the benchmark harness rather than for eyes.
 */
final class RunReportJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunReportJson() {}

  static void write(Path file, RunReport report, boolean sparkStarted) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("run_id", report.runId().toString());
    root.put("started_at", report.startedAt().toString());
    root.put("succeeded", report.succeeded());
    root.put("seconds", seconds(report.elapsed().toMillis()));
    root.put("nothing_new", report.nothingNew());
    // Whether this process started (or joined) a Spark session at all, told by the host.
    root.put("spark_started", sparkStarted);
    ObjectNode stages = root.putObject("stages");
    report.stages().forEach(s -> stages.put(s.stage().label(), seconds(s.took().toMillis())));
    ArrayNode tables = root.putArray("tables");
    for (LayerResult r : report.tables()) {
      tables
          .addObject()
          .put("table", r.table().toString())
          .put("rows_in", r.rowsIn())
          .put("rows_out", r.rowsOut())
          .put("dropped", r.dropped())
          .put("quarantined", r.quarantined())
          .put("version", r.version());
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JSON.writeValue(file.toFile(), root);
  }

  private static double seconds(long millis) {
    return millis / 1000.0;
  }
}
