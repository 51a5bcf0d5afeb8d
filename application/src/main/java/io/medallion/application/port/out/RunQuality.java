package io.medallion.application.port.out;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one run learned about the quality of the tables it processed: its id, its start, and each
 * table's result with its expectations' counts, for the warehouse to serve beside gold.
 */
public record RunQuality(RunId run, Instant startedAt, List<LayerResult> results) {

  public RunQuality {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(startedAt, "startedAt");
    results = List.copyOf(results);
  }
}
