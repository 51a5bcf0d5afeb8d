package io.medallion.testkit.memory;

import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The in-memory engine's tables: every committed version of each, and the columns it holds. */
final class TableStore {

  private final Map<TableName, Table> tables = new TreeMap<>();

  /** Adds rows as a new version; creates the table (version 0) even when there are none. */
  synchronized long append(TableName name, List<String> columns, List<Map<String, Object>> rows) {
    Table table = tables.get(name);
    if (table == null) {
      return replace(name, columns, rows);
    }
    if (rows.isEmpty()) {
      return table.version();
    }
    List<Map<String, Object>> next = new ArrayList<>(table.current());
    next.addAll(rows);
    return commit(name, columns, next);
  }

  /** Makes {@code rows} the table's content as a new version. */
  synchronized long replace(TableName name, List<String> columns, List<Map<String, Object>> rows) {
    return commit(name, columns, rows);
  }

  /** Removes the table and every version of it; a table already gone is left so. */
  synchronized void drop(TableName name) {
    tables.remove(name);
  }

  synchronized boolean exists(TableName name) {
    return tables.containsKey(name);
  }

  synchronized List<Map<String, Object>> rows(TableName name) {
    return table(name).current();
  }

  synchronized List<Map<String, Object>> rows(TableName name, long version) {
    Table table = table(name);
    if (version < 0 || version > table.version()) {
      throw new IllegalArgumentException(name + " has no version " + version);
    }
    return table.versions.get((int) version);
  }

  synchronized long version(TableName name) {
    return table(name).version();
  }

  synchronized List<String> columns(TableName name) {
    return table(name).columns;
  }

  /** Every table, ordered by layer and name. */
  synchronized List<TableName> names() {
    return List.copyOf(tables.keySet());
  }

  private long commit(TableName name, List<String> columns, List<Map<String, Object>> rows) {
    Table table = tables.computeIfAbsent(name, n -> new Table());
    table.columns = List.copyOf(columns);
    table.versions.add(frozen(rows));
    return table.version();
  }

  private Table table(TableName name) {
    Table table = tables.get(name);
    if (table == null) {
      throw new IllegalArgumentException("table " + name + " does not exist");
    }
    return table;
  }

  // Rows may hold nulls, which Map.copyOf refuses.
  private static List<Map<String, Object>> frozen(List<Map<String, Object>> rows) {
    return rows.stream().map(r -> Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList();
  }

  private static final class Table {
    private List<String> columns = List.of();
    private final List<List<Map<String, Object>>> versions = new ArrayList<>();

    long version() {
      return versions.size() - 1;
    }

    List<Map<String, Object>> current() {
      return versions.get(versions.size() - 1);
    }
  }
}
