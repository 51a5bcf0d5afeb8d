package io.medallion.application.port.out;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.domain.table.TableName;
import java.time.Duration;
import java.util.List;

/** Hears about a run as it goes, to show progress; every method is optional. */
public interface RunProgress {
  /** A full refresh emptied these tables, before anything else of the run. */
  default void tablesReset(List<TableName> tables) {}

  default void stageStarted(Stage stage) {}

  default void tableDone(Stage stage, LayerResult result) {}

  default void stageFinished(Stage stage, Duration took) {}

  /**
   * The lake, the warehouse and the sources are as the last run that caught up left them: the run
   * ends here, recorded, without starting an engine.
   */
  default void nothingNew() {}

  /** The lake was caught up but {@code what} changed since, so the run goes on. */
  default void somethingNew(String what) {}
}
