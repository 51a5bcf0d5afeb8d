package io.medallion.adapters.telemetry;

import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/** The instruments {@link RunMetrics} records with, made once per meter: their names and units. */
final class RunInstruments {

  // Runs last from a second to an hour; the SDK's default buckets are milliseconds' worth.
  private static final List<Double> SECONDS =
      List.of(0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0);

  final LongCounter runs;
  final DoubleHistogram runDuration;
  final DoubleHistogram stageDuration;
  final LongCounter rows;
  final LongCounter expectations;
  final LongCounter files;
  final LongCounter bytes;
  final LongCounter retries;
  final DoubleHistogram lockWait;

  RunInstruments(Meter meter) {
    runs = counter(meter, "medallion.runs", "{run}", "Runs, by how they ended");
    runDuration = seconds(meter, "medallion.run.duration", "How long a run took");
    stageDuration = seconds(meter, "medallion.stage.duration", "How long a stage of a run took");
    rows =
        counter(meter, "medallion.rows", "{row}", "Rows a table read, wrote, dropped, quarantined");
    expectations =
        counter(
            meter, "medallion.expectations", "{row}", "Rows that passed or failed an expectation");
    files = counter(meter, "medallion.source.files", "{file}", "Lookup files fetched");
    bytes = counter(meter, "medallion.source.bytes", "By", "Bytes of the lookup files fetched");
    retries = counter(meter, "medallion.source.retries", "{retry}", "Retries of a lookup source");
    lockWait = seconds(meter, "medallion.lock.wait", "How long a run waited for the lake's lock");
  }

  private static LongCounter counter(Meter meter, String name, String unit, String description) {
    return meter.counterBuilder(name).setUnit(unit).setDescription(description).build();
  }

  private static DoubleHistogram seconds(Meter meter, String name, String description) {
    return meter
        .histogramBuilder(name)
        .setUnit("s")
        .setDescription(description)
        .setExplicitBucketBoundariesAdvice(SECONDS)
        .build();
  }
}
