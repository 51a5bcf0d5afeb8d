package io.medallion.testkit.memory;

import io.medallion.application.port.out.RunQuality;
import io.medallion.application.run.LayerResult;
import io.medallion.domain.quality.ExpectationResult;
import io.medallion.domain.table.TableName;
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

  private final Map<String, RunQuality> runs = new LinkedHashMap<>();

  void record(RunQuality quality) {
    runs.put(quality.run().value(), quality);
  }

  List<List<Object>> dataQuality() {
    List<List<Object>> rows = new ArrayList<>();
    latest()
        .forEach(
            (table, entry) -> {
              LayerResult r = entry.result;
              rows.add(
                  List.of(
                      table.toString(),
                      table.layer().id(),
                      r.rowsIn(),
                      r.rowsOut(),
                      r.dropped(),
                      r.quarantined(),
                      r.expectations().stream().filter(e -> e.failed() == 0).count(),
                      r.expectations().stream().filter(e -> e.failed() > 0).count(),
                      entry.run.run().value(),
                      entry.run.startedAt()));
            });
    return rows;
  }

  List<List<Object>> quarantineReasons() {
    List<List<Object>> rows = new ArrayList<>();
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
                          e.failed(),
                          entry.run.run().value()));
                }
              }
            });
    return rows;
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
