package io.medallion.testkit;

import io.medallion.application.port.out.LayerResult;
import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.RunQuality;
import io.medallion.domain.medallion.TableName;
import io.medallion.domain.quality.ExpectationResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recorded quality of every run and the two reporting views over it, computed as the SQL
 * warehouses compute them: per table, the latest run that did work on it.
 */
final class InMemoryQuality {

  static final List<String> DATA_QUALITY =
      List.of(
          "table_name",
          "layer",
          "rows_in",
          "rows_out",
          "dropped",
          "quarantined",
          "expectations_passed",
          "expectations_failed",
          "last_run_id",
          "last_run_at");
  static final List<String> QUARANTINE_REASONS =
      List.of("table_name", "expectation", "action", "failed", "last_run_id");

  private final Map<String, RunQuality> runs = new LinkedHashMap<>();

  void record(RunQuality quality) {
    runs.put(quality.run().value(), quality);
  }

  QueryResult dataQuality() {
    List<List<String>> rows = new ArrayList<>();
    latest()
        .forEach(
            (table, entry) -> {
              LayerResult r = entry.result;
              rows.add(
                  List.of(
                      table.toString(),
                      table.layer().id(),
                      Long.toString(r.rowsIn()),
                      Long.toString(r.rowsOut()),
                      Long.toString(r.dropped()),
                      Long.toString(r.quarantined()),
                      Long.toString(r.expectations().stream().filter(e -> e.failed() == 0).count()),
                      Long.toString(r.expectations().stream().filter(e -> e.failed() > 0).count()),
                      entry.run.run().value(),
                      entry.run.startedAt().toString()));
            });
    return new QueryResult(DATA_QUALITY, rows);
  }

  QueryResult quarantineReasons() {
    List<List<String>> rows = new ArrayList<>();
    latest()
        .forEach(
            (table, entry) -> {
              for (ExpectationResult e : entry.result.expectations()) {
                if (e.failed() > 0) {
                  rows.add(
                      List.of(
                          table.toString(),
                          e.name(),
                          e.action().name(),
                          Long.toString(e.failed()),
                          entry.run.run().value()));
                }
              }
            });
    return new QueryResult(QUARANTINE_REASONS, rows);
  }

  // A run that found nothing new for a table (no rows, no expectations) does not hide the last
  // one that did; the latest start wins, then the greater run id.
  private Map<TableName, Entry> latest() {
    Comparator<Entry> order =
        Comparator.comparing((Entry e) -> e.worked())
            .thenComparing(e -> e.run.startedAt())
            .thenComparing(e -> e.run.run().value());
    Map<TableName, Entry> latest = new TreeMap<>();
    for (RunQuality run : runs.values()) {
      for (LayerResult result : run.results()) {
        Entry entry = new Entry(run, result);
        latest.merge(result.table(), entry, (a, b) -> order.compare(a, b) >= 0 ? a : b);
      }
    }
    return latest;
  }

  private record Entry(RunQuality run, LayerResult result) {
    boolean worked() {
      return result.rowsIn() > 0 || !result.expectations().isEmpty();
    }
  }
}
