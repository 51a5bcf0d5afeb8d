package io.medallion.application.run;

import io.medallion.domain.table.Layer;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the run history: when a run started and ended, how it ended (a failed run with its
 * reason), the files it landed and the rows in and out of each stage, summed over its tables.
 */
public record PastRun(
    RunId runId,
    Instant startedAt,
    Optional<Instant> finishedAt,
    Status status,
    Optional<String> failure,
    long filesIngested,
    Rows bronze,
    Rows silver,
    Rows gold) {

  public PastRun {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(status, "status");
    if (finishedAt.isEmpty() != (status == Status.DIED)) {
      throw new IllegalArgumentException("only a run that died has no end: " + runId);
    }
    if (failure.isPresent() != (status == Status.FAILED)) {
      throw new IllegalArgumentException("only a failed run has a reason: " + runId);
    }
    if (filesIngested < 0) {
      throw new IllegalArgumentException("files ingested are never negative: " + runId);
    }
  }

  /** The line of a recorded run; its files are those it landed, not those the lake had already. */
  public static PastRun of(RunReport report) {
    return new PastRun(
        report.runId(),
        report.startedAt(),
        Optional.of(report.finishedAt()),
        report.nothingNew()
            ? Status.NOTHING_NEW
            : report.succeeded() ? Status.SUCCEEDED : Status.FAILED,
        report.failure(),
        report.ingested().stream().filter(RunReport.IngestedFile::landed).count(),
        Rows.of(report, Layer.BRONZE),
        Rows.of(report, Layer.SILVER),
        Rows.of(report, Layer.GOLD));
  }

  /** The line of a run that noted its start and never recorded an end. */
  public static PastRun died(RunId run, Instant startedAt) {
    return new PastRun(
        run,
        startedAt,
        Optional.empty(),
        Status.DIED,
        Optional.empty(),
        0,
        Rows.NONE,
        Rows.NONE,
        Rows.NONE);
  }

  /** How a run ended; {@code DIED}: it started and never recorded an end (killed, or running). */
  public enum Status {
    SUCCEEDED,
    /** Succeeded without starting an engine: nothing was new at any layer. */
    NOTHING_NEW,
    FAILED,
    DIED
  }

  /** The rows read and written by one stage's tables, summed. */
  public record Rows(long rowsIn, long rowsOut) {
    public static final Rows NONE = new Rows(0, 0);

    static Rows of(RunReport report, Layer layer) {
      long in = 0;
      long out = 0;
      for (LayerResult table : report.tables()) {
        if (table.table().layer() == layer) {
          in += table.rowsIn();
          out += table.rowsOut();
        }
      }
      return new Rows(in, out);
    }
  }
}
