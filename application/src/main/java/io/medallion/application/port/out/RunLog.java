package io.medallion.application.port.out;

import io.medallion.application.run.PastRun;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a record of every run, succeeded, failed or died; noting or recording the same run twice
 * adds nothing.
 */
public interface RunLog {

  /**
   * Notes that {@code run} began at {@code at}, before it does any work, so that a run killed
   * before {@link #record} still shows in the {@link #history} (as died); adds nothing when the log
   * already holds that run.
   */
  void started(RunId run, Instant at);

  /** Records how the run ended; adds nothing when the log already holds the end of that run. */
  void record(RunReport report);

  /** The report of that run, or of the latest recorded run when none is named; empty if none. */
  Optional<RunReport> find(Optional<RunId> run);

  /**
   * The latest {@code limit} runs (at least 1), newest start first (ties by run id): every recorded
   * run, and as died every run noted as started that never recorded an end; empty for a new log.
   */
  List<PastRun> history(int limit);
}
