package io.medallion.adapters.synapse;

import java.sql.SQLException;
import java.util.List;

/**
 * The reporting views both pools serve, the T-SQL twins of the local warehouse's. The DuckDB
 * warehouse defines none yet, so {@link #standard()} is empty: a view added there is added here.
 */
final class ReportingViews {

  private final List<ReportingView> views;

  ReportingViews(List<ReportingView> views) {
    this.views = List.copyOf(views);
  }

  /** The views every warehouse serves; none yet (the DuckDB warehouse defines none either). */
  static ReportingViews standard() {
    return new ReportingViews(List.of());
  }

  List<ReportingView> views() {
    return views;
  }

  /**
   * Drops and creates each view. Renamed or replaced tables can leave a dedicated pool's views
   * bound to the old table, so they are rebuilt after every load rather than kept.
   */
  void recreate(SqlCatalog catalog) throws SQLException {
    for (ReportingView view : views) {
      if (catalog.viewDefinition(view.schema(), view.name()) != null) {
        catalog.execute(view.drop());
      }
      catalog.execute(view.create());
    }
  }
}
