package io.medallion.application.port.out;

import io.medallion.application.port.in.RunId;
import io.medallion.application.port.in.RunReport;
import java.util.Optional;

/** Keeps a record of every run, succeeded or failed; recording the same run twice adds nothing. */
public interface RunLog {
  void record(RunReport report);

  /** The report of that run, or of the latest recorded run when none is named; empty if none. */
  Optional<RunReport> find(Optional<RunId> run);
}
