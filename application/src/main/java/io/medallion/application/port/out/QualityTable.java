package io.medallion.application.port.out;

import io.medallion.application.run.LayerResult;
import io.medallion.domain.quality.ExpectationResult;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A warehouse's record of every run's quality, stated once: two tables of the {@code meta} schema,
 * their columns in order, and the rows a run adds to each; a run recorded again replaces the rows
 * it added before. {@link ReportingView#V_DATA_QUALITY} and {@link
 * ReportingView#V_QUARANTINE_REASONS} are the views over them.
 */
public enum QualityTable {
  /**
   * One row per table a run processed: when the run started (UTC), its counts, how many of its
   * expectations no row failed and how many some row failed, and the version written.
   */
  TABLE_QUALITY(
      "table_quality",
      "run_id run_at table_name layer rows_in rows_out dropped quarantined expectations_passed"
          + " expectations_failed version"),
  /** One row per expectation of each table a run processed, with its rule and its counts. */
  EXPECTATION_RESULTS(
      "expectation_results", "run_id table_name expectation action rule passed failed");

  /** The schema both tables live in, beside the loaded snapshots' records. */
  public static final String SCHEMA = LoadedSnapshot.SCHEMA;

  private final String tableName;
  private final List<String> columns;

  QualityTable(String tableName, String columns) {
    this.tableName = tableName;
    this.columns = Arrays.asList(columns.split(" "));
  }

  /** Its name in {@link #SCHEMA}. */
  public String tableName() {
    return tableName;
  }

  public List<String> columns() {
    return List.copyOf(columns);
  }

  /**
   * The rows {@code quality} adds to this table, each its columns' values in order: text, the run's
   * start as its UTC wall-clock time ({@link LocalDateTime}), and counts as longs.
   */
  public List<List<Object>> rows(RunQuality quality) {
    String run = quality.run().value();
    List<List<Object>> rows = new ArrayList<>();
    for (LayerResult result : quality.results()) {
      if (this == TABLE_QUALITY) {
        rows.add(
            tableRow(run, LocalDateTime.ofInstant(quality.startedAt(), ZoneOffset.UTC), result));
      } else {
        for (ExpectationResult e : result.expectations()) {
          rows.add(
              List.of(
                  run,
                  result.table().toString(),
                  e.name(),
                  e.action().name(),
                  e.rule(),
                  e.passed(),
                  e.failed()));
        }
      }
    }
    return rows;
  }

  private static List<Object> tableRow(String run, LocalDateTime at, LayerResult result) {
    long failing = result.expectations().stream().filter(e -> e.failed() > 0).count();
    return List.of(
        run,
        at,
        result.table().toString(),
        result.table().layer().id(),
        result.rowsIn(),
        result.rowsOut(),
        result.dropped(),
        result.quarantined(),
        (long) result.expectations().size() - failing,
        failing,
        result.version());
  }
}
