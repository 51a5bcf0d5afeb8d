package io.medallion.adapters.synapse;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reporting views a pool serves, in this warehouse's T-SQL ({@link ReportingSql}) for the views
 * {@link io.medallion.application.port.out.ReportingView} defines: a dedicated pool serves all, a
 * serverless one those over gold.
 */
final class ReportingViews {

  private final List<SqlView> views;

  ReportingViews(List<SqlView> views) {
    this.views = List.copyOf(views);
  }

  /** Every view: over gold, then over the runs' quality, which needs the meta tables. */
  static ReportingViews standard() {
    List<SqlView> all = new ArrayList<>(ReportingSql.gold());
    all.addAll(ReportingSql.quality());
    return new ReportingViews(all);
  }

  /** The views over gold alone, for a pool that keeps no quality tables. */
  static ReportingViews overGold() {
    return new ReportingViews(ReportingSql.gold());
  }

  /** True when a view is missing, as in a warehouse loaded before it was defined. */
  boolean incomplete(SqlCatalog catalog) throws SQLException {
    for (SqlView view : views) {
      if (catalog.viewDefinition(view.schema(), view.name()) == null) {
        return true;
      }
    }
    return false;
  }

  List<SqlView> views() {
    return views;
  }

  /**
   * Drops and creates each view. Renamed or replaced tables can leave a dedicated pool's views
   * bound to the old table, so they are rebuilt after every load rather than kept.
   */
  void recreate(SqlCatalog catalog) throws SQLException {
    for (String schema : views.stream().map(SqlView::schema).distinct().toList()) {
      if (!catalog.schemaExists(schema)) {
        catalog.execute("CREATE SCHEMA " + SqlIdentifier.quote(schema));
      }
    }
    for (SqlView view : views) {
      if (catalog.viewDefinition(view.schema(), view.name()) != null) {
        catalog.execute(view.drop());
      }
      catalog.execute(view.create());
    }
  }
}
