package io.medallion.adapters.cli;

import io.medallion.application.port.out.RunProgress;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.domain.table.TableName;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Shows a run's progress on the console, one line per table. */
final class ConsoleProgress implements RunProgress {

  private final PrintWriter out;

  ConsoleProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void tablesReset(List<TableName> tables) {
    out.printf("full refresh: reset %d tables, rebuilt below from the raw zone%n", tables.size());
    out.flush();
  }

  @Override
  public void stageStarted(Stage stage) {
    out.printf("%-6s ...%n", name(stage));
    out.flush();
  }

  @Override
  public void tableDone(Stage stage, LayerResult r) {
    out.printf(
        Locale.ROOT,
        "       %-32s %,9d in %,9d out %,7d dropped %,7d quarantined%n",
        r.table(),
        r.rowsIn(),
        r.rowsOut(),
        r.dropped(),
        r.quarantined());
    out.flush();
  }

  @Override
  public void stageFinished(Stage stage, Duration took) {
    out.printf(Locale.ROOT, "%-6s done in %.1f s%n", name(stage), took.toMillis() / 1000.0);
    out.flush();
  }

  @Override
  public void nothingNew() {
    out.println(
        "nothing new: sources, lake and warehouse are as the last run left them;"
            + " no engine started");
    out.flush();
  }

  @Override
  public void somethingNew(String what) {
    out.printf("plan   %s: running every stage%n", what);
    out.flush();
  }

  private static String name(Stage stage) {
    return stage.label();
  }
}
