package io.medallion.application.port.out;

import io.medallion.application.port.in.RunReport.Stage;
import java.time.Duration;

/** Hears about a run as it goes, to show progress; every method is optional. */
public interface RunProgress {
  default void stageStarted(Stage stage) {}

  default void tableDone(Stage stage, LayerResult result) {}

  default void stageFinished(Stage stage, Duration took) {}
}
