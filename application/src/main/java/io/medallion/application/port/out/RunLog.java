package io.medallion.application.port.out;

import io.medallion.application.port.in.RunReport;

/** Keeps a record of every run, succeeded or failed; recording the same run twice adds nothing. */
public interface RunLog {
  void record(RunReport report);
}
