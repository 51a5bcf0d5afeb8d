package io.medallion.application.port.out;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.domain.table.TableName;
import java.time.Duration;
import java.util.List;

/**
 * Hears about a run as it goes: to show progress, to count it in metrics, to raise an alert. Every
 * method is optional; a listener never throws (what it fails to do must not change the run).
 */
public interface RunProgress {

  /** A listener that hears nothing. */
  RunProgress NONE = new RunProgress() {};

  /** The run holds the lake's lock, after waiting {@code waited} for it. */
  default void lockAcquired(RunId run, Duration waited) {}

  /** A lookup source answered, after {@code retries} retries; {@code file} says what landed. */
  default void sourceFetched(IngestedFile file, int retries) {}

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

  /**
   * The run ended, as its report says (succeeded, failed, or found nothing new): it is logged and
   * the lake's lock is given back, so that a slow listener never holds the lake.
   */
  default void runFinished(RunReport report) {}

  /** Every listener of {@code listeners}, told in order. */
  static RunProgress all(List<RunProgress> listeners) {
    List<RunProgress> each = List.copyOf(listeners);
    return new RunProgress() {
      @Override
      public void lockAcquired(RunId run, Duration waited) {
        each.forEach(l -> l.lockAcquired(run, waited));
      }

      @Override
      public void sourceFetched(IngestedFile file, int retries) {
        each.forEach(l -> l.sourceFetched(file, retries));
      }

      @Override
      public void tablesReset(List<TableName> tables) {
        each.forEach(l -> l.tablesReset(tables));
      }

      @Override
      public void stageStarted(Stage stage) {
        each.forEach(l -> l.stageStarted(stage));
      }

      @Override
      public void tableDone(Stage stage, LayerResult result) {
        each.forEach(l -> l.tableDone(stage, result));
      }

      @Override
      public void stageFinished(Stage stage, Duration took) {
        each.forEach(l -> l.stageFinished(stage, took));
      }

      @Override
      public void nothingNew() {
        each.forEach(RunProgress::nothingNew);
      }

      @Override
      public void somethingNew(String what) {
        each.forEach(l -> l.somethingNew(what));
      }

      @Override
      public void runFinished(RunReport report) {
        each.forEach(l -> l.runFinished(report));
      }
    };
  }
}
