package io.medallion.adapters.duckdb;

import java.util.List;

/**
 * A view of the {@code reporting} schema and the tables it reads: it is served only while they all
 * exist with their contract's columns, since DuckDB binds a view's columns when it is created.
 */
record ReportingView(String name, List<String> sources, String select) {

  ReportingView {
    SnapshotSql.identifier(name);
    sources = List.copyOf(sources);
  }

  String create() {
    return "CREATE OR REPLACE VIEW reporting." + SnapshotSql.identifier(name) + " AS " + select;
  }

  String drop() {
    return "DROP VIEW IF EXISTS reporting." + SnapshotSql.identifier(name);
  }
}
