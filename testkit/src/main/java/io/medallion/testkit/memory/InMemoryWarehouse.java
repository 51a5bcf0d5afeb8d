package io.medallion.testkit.memory;

import io.medallion.application.port.out.LoadedSnapshot;
import io.medallion.application.port.out.QueryResult;
import io.medallion.application.port.out.ReportingView;
import io.medallion.application.port.out.RunQuality;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.ViewRows;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.port.out.WarehouseConsole;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A warehouse holding copies of snapshots of the in-memory engine's tables and the runs' quality;
 * it serves every reporting view, computed in Java, and answers only {@code SELECT * FROM
 * layer.table} or {@code SELECT * FROM reporting.view} as SQL. Where the SQL warehouses read a
 * snapshot's Parquet files, this one asks a {@link SnapshotReader}: the engine's rows of that table
 * at that version, or in {@code WarehouseContract}'s test the rows written as the snapshot's files.
 */
public final class InMemoryWarehouse implements Warehouse, WarehouseConsole {

  private static final Pattern SELECT_ALL =
      Pattern.compile(
          "\\s*SELECT\\s+\\*\\s+FROM\\s+([a-z]+)\\.([a-z][a-z0-9_]*)\\s*;?\\s*",
          Pattern.CASE_INSENSITIVE);

  /** The rows of a snapshot's files, each row by column name; fails when a file is missing. */
  @FunctionalInterface
  public interface SnapshotReader {
    List<Map<String, Object>> rows(TableSnapshot snapshot);
  }

  private final SnapshotReader reader;
  private final Map<TableName, Loaded> tables = new HashMap<>();
  private final InMemoryQuality quality = new InMemoryQuality();
  private int loads;
  private List<String> problems = List.of();

  public InMemoryWarehouse(InMemoryLayerEngine engine) {
    this(snapshot -> engine.rows(snapshot.table(), snapshot.version()));
  }

  public InMemoryWarehouse(SnapshotReader reader) {
    this.reader = reader;
  }

  @Override
  public synchronized void load(List<TableSnapshot> snapshots) {
    // Everything is read before anything is replaced, so a bad snapshot loads nothing.
    Map<TableName, Loaded> staged = new HashMap<>();
    for (TableSnapshot snapshot : snapshots) {
      Loaded current = tables.get(snapshot.table());
      // The loaded-snapshot policy: held only when the record names its version and files.
      if (current == null || !LoadedSnapshot.of(current.snapshot).names(snapshot)) {
        staged.put(snapshot.table(), new Loaded(snapshot, read(snapshot)));
      }
    }
    tables.putAll(staged);
    loads += staged.size();
  }

  private List<Map<String, Object>> read(TableSnapshot snapshot) {
    try {
      return reader.rows(snapshot);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot load "
              + snapshot.table()
              + " version "
              + snapshot.version()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Forgets a loaded table, as a person dropping it in a SQL warehouse would. */
  public synchronized void drop(TableName table) {
    tables.remove(table);
  }

  @Override
  public synchronized Map<TableName, Long> loadedVersions() {
    Map<TableName, Long> versions = new HashMap<>();
    tables.forEach((name, loaded) -> versions.put(name, loaded.snapshot.version()));
    return Map.copyOf(versions);
  }

  @Override
  public synchronized void recordQuality(RunQuality run) {
    quality.record(run);
  }

  @Override
  public synchronized List<String> problems() {
    return problems;
  }

  /** From now on, {@link #problems} reports these (for a validation's tests). */
  public synchronized InMemoryWarehouse reporting(String... problems) {
    this.problems = List.of(problems);
    return this;
  }

  @Override
  public synchronized QueryResult query(String sql) {
    Matcher select = SELECT_ALL.matcher(sql);
    if (!select.matches()) {
      throw new UnsupportedOperationException(
          "the in-memory warehouse runs only SELECT * FROM <layer>.<table>, not: " + sql);
    }
    if ("reporting".equalsIgnoreCase(select.group(1))) {
      return reporting(select.group(2).toLowerCase(Locale.ROOT));
    }
    TableName name = tableName(select.group(1), select.group(2));
    Loaded table = tables.get(name);
    if (table == null) {
      throw new IllegalArgumentException("table " + name + " is not in the warehouse");
    }
    List<String> columns =
        table.snapshot.columns().stream().map(TableSnapshot.Column::name).toList();
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Object> row : table.rows) {
      List<String> values = new ArrayList<>();
      columns.forEach(c -> values.add(row.get(c) == null ? null : row.get(c).toString()));
      rows.add(values);
    }
    return new QueryResult(columns, rows);
  }

  @Override
  public synchronized ViewRows view(ReportingView view) {
    return new ViewRows(view, rows(view));
  }

  private List<List<Object>> rows(ReportingView view) {
    return switch (view) {
      case V_DATA_QUALITY -> quality.dataQuality();
      case V_QUARANTINE_REASONS -> quality.quarantineReasons();
      default -> new InMemoryReportingViews(t -> loadedRows(view, t)).rows(view);
    };
  }

  private List<Map<String, Object>> loadedRows(ReportingView view, TableName table) {
    Loaded loaded = tables.get(table);
    if (loaded == null) {
      throw new IllegalStateException(
          "reporting." + view.viewName() + " reads " + table + ", which is not loaded");
    }
    return loaded.rows;
  }

  // The quality views as the SQL warehouses' SELECT * gives them: columns by definition, as text.
  private QueryResult reporting(String name) {
    ReportingView view =
        ReportingView.named(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("the in-memory warehouse serves no view " + name));
    List<List<String>> rows = new ArrayList<>();
    for (List<Object> row : view(view).rows()) {
      rows.add(row.stream().map(v -> v == null ? null : v.toString()).toList());
    }
    return new QueryResult(view.columnNames(), rows);
  }

  /** How many tables have been loaded so far; a skipped snapshot does not count. */
  public synchronized int loads() {
    return loads;
  }

  /** The version of the table the warehouse holds, if it holds it. */
  public synchronized OptionalLong loadedVersion(TableName table) {
    Loaded loaded = tables.get(table);
    return loaded == null ? OptionalLong.empty() : OptionalLong.of(loaded.snapshot.version());
  }

  private static TableName tableName(String layer, String name) {
    try {
      return TableName.of(
          Layer.valueOf(layer.toUpperCase(Locale.ROOT)), name.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no such table: " + layer + "." + name, e);
    }
  }

  private record Loaded(TableSnapshot snapshot, List<Map<String, Object>> rows) {}
}
