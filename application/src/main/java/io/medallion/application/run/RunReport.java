package io.medallion.application.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one run did: files ingested, each table's result, time per stage, and how it ended; {@code
 * nothingNew} when it found nothing to do at any layer and so started no engine.
 */
public record RunReport(
    RunId runId,
    Instant startedAt,
    Instant finishedAt,
    Optional<String> failure,
    List<IngestedFile> ingested,
    List<LayerResult> tables,
    List<StageTiming> stages,
    boolean nothingNew) {

  public RunReport {
    ingested = List.copyOf(ingested);
    tables = List.copyOf(tables);
    stages = List.copyOf(stages);
    if (nothingNew && (failure.isPresent() || !tables.isEmpty())) {
      throw new IllegalArgumentException("a run with nothing new wrote no table and failed not");
    }
  }

  /** The report of a run that did the work it found. */
  public RunReport(
      RunId runId,
      Instant startedAt,
      Instant finishedAt,
      Optional<String> failure,
      List<IngestedFile> ingested,
      List<LayerResult> tables,
      List<StageTiming> stages) {
    this(runId, startedAt, finishedAt, failure, ingested, tables, stages, false);
  }

  public boolean succeeded() {
    return failure.isEmpty();
  }

  public Duration elapsed() {
    return Duration.between(startedAt, finishedAt);
  }

  /** One lookup file fetched in this run; {@code landed} is false when the lake had it already. */
  public record IngestedFile(String source, String path, long bytes, boolean landed) {}

  /** How long one stage took. */
  public record StageTiming(Stage stage, Duration took) {}

  /** The stages of a run, in order. */
  public enum Stage {
    INGEST,
    BRONZE,
    SILVER,
    GOLD,
    SERVE;

    /** The stage's name wherever a run is told: events, logs, metrics, reports ({@code bronze}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
