package io.medallion.benchmarks.peer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One run of the peer baseline: its wall time, the time of each step ({@code bronze}, {@code
 * silver}, {@code gold}, in order), the rows of every gold and silver table and the rows each
 * silver table quarantined, by qualified table name ({@code gold.dim_title}).
 */
public record BaselineRun(
    Duration total,
    Map<String, Duration> steps,
    Map<String, Long> goldRows,
    Map<String, Long> silverRows,
    Map<String, Long> quarantined) {

  public BaselineRun {
    Objects.requireNonNull(total, "total");
    steps = ordered(steps);
    goldRows = ordered(goldRows);
    silverRows = ordered(silverRows);
    quarantined = ordered(quarantined);
  }

  /** Writes the run as JSON, durations in seconds. */
  public void write(Path json) throws IOException {
    BaselineRunJson.write(this, json);
  }

  /** Reads a run {@link #write} wrote. */
  public static BaselineRun read(Path json) throws IOException {
    return BaselineRunJson.read(json);
  }

  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
