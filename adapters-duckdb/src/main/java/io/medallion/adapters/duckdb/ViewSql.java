package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.ReportingView;
import java.util.List;
import java.util.Objects;

/**
 * DuckDB's SQL for one reporting view and the tables it reads: the view is served only while they
 * all exist with their contract's columns, since DuckDB binds a view's columns when it is created.
 */
record ViewSql(ReportingView view, List<String> sources, String select) {

  ViewSql {
    Objects.requireNonNull(view, "view");
    sources = List.copyOf(sources);
  }

  String create() {
    return "CREATE OR REPLACE VIEW " + name() + " AS " + select;
  }

  String drop() {
    return "DROP VIEW IF EXISTS " + name();
  }

  private String name() {
    return ReportingView.SCHEMA + "." + SnapshotSql.identifier(view.viewName());
  }
}
