package io.medallion.adapters.synapse;

import io.medallion.application.port.out.RunQuality;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.domain.table.TableName;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves gold from a serverless pool: one external data source over the gold folder and one view
 * per table. A serverless pool holds no tables, so a view's own text records which version it
 * serves: a view whose text is already the one a snapshot renders is skipped.
 */
final class ServerlessLoader implements SnapshotLoader {

  static final String DATA_SOURCE = "medallion_gold";

  private static final Logger LOG = LoggerFactory.getLogger(ServerlessLoader.class);

  private final StorageUrl goldRoot;
  private final String createDataSource;
  private final ReportingViews reporting;

  ServerlessLoader(StorageUrl goldRoot, String credential, ReportingViews reporting) {
    this.goldRoot = goldRoot;
    this.createDataSource = createDataSource(goldRoot, credential);
    this.reporting = reporting;
  }

  private static String createDataSource(StorageUrl goldRoot, String credential) {
    return "CREATE EXTERNAL DATA SOURCE "
        + SqlIdentifier.quote(DATA_SOURCE)
        + " WITH (\n    LOCATION = "
        + StorageUrl.literal(goldRoot.dfs())
        + (credential == null ? "" : ",\n    CREDENTIAL = " + SqlIdentifier.quote(credential))
        + "\n)";
  }

  @Override
  public PreparedLoad prepare(List<TableSnapshot> snapshots) {
    List<ServerlessView> views =
        snapshots.stream().map(s -> new ServerlessView(s, DATA_SOURCE)).toList();
    return (catalog, now) -> run(catalog, views);
  }

  /**
   * Keeps nothing: a serverless pool holds no tables to append runs to, so it serves no quality
   * views (a view over inline values would forget the tables an earlier run processed); the run log
   * in the lake keeps every run's results.
   */
  @Override
  public PreparedLoad prepareQuality(RunQuality quality) {
    return (catalog, now) ->
        LOG.info(
            "a serverless pool keeps no tables: run {}'s quality is not served", quality.run());
  }

  @Override
  public Map<TableName, Long> loadedVersions(SqlCatalog catalog) throws SQLException {
    Map<TableName, Long> versions = new HashMap<>();
    catalog
        .viewDefinitions(ServerlessView.SERVING)
        .forEach(
            (view, text) ->
                ServerlessView.servedVersion(view, text)
                    .ifPresent(version -> versions.put(TableName.parse(view), version)));
    return Map.copyOf(versions);
  }

  private void run(SqlCatalog catalog, List<ServerlessView> views) throws SQLException {
    for (String schema : views.stream().map(ServerlessView::schema).distinct().toList()) {
      if (!catalog.schemaExists(schema)) {
        catalog.execute("CREATE SCHEMA " + SqlIdentifier.quote(schema));
      }
    }
    ensureDataSource(catalog);
    List<Replacement> pending = new ArrayList<>();
    for (ServerlessView view : views) {
      String current = catalog.viewDefinition(view.schema(), view.name());
      if (view.create().equals(current)) {
        LOG.debug("{} is already served", view.snapshot().table());
      } else {
        pending.add(new Replacement(view, current));
      }
    }
    replace(catalog, pending);
    if (!pending.isEmpty() || reporting.incomplete(catalog)) {
      reporting.recreate(catalog);
    }
  }

  private void ensureDataSource(SqlCatalog catalog) throws SQLException {
    String location = catalog.dataSourceLocation(DATA_SOURCE);
    if (location == null) {
      catalog.execute(createDataSource);
    } else if (!location.equals(goldRoot.dfs())) {
      // Views bound to it would silently read another lake; moving is an operator's decision.
      throw new IllegalStateException(
          "the external data source "
              + DATA_SOURCE
              + " reads "
              + location
              + ", not "
              + goldRoot.dfs()
              + "; drop it and its views to move the warehouse");
    }
  }

  private static void replace(SqlCatalog catalog, List<Replacement> pending) throws SQLException {
    List<Replacement> touched = new ArrayList<>();
    for (Replacement replacement : pending) {
      try {
        touched.add(replacement);
        if (replacement.previous() != null) {
          catalog.execute(replacement.view().drop());
        }
        catalog.execute(replacement.view().create());
        LOG.info("serving {} version {}", replacement.table(), replacement.version());
      } catch (SQLException e) {
        // DDL takes no part in transactions here: the earlier views are put back one by one.
        restore(catalog, touched, e);
        throw new IllegalStateException(
            "cannot load "
                + replacement.table()
                + " into the warehouse, the previous views were restored: "
                + SqlMessages.firstLine(e),
            e);
      }
    }
  }

  private static void restore(SqlCatalog catalog, List<Replacement> touched, SQLException cause) {
    for (int i = touched.size() - 1; i >= 0; i--) {
      Replacement replacement = touched.get(i);
      ServerlessView view = replacement.view();
      try {
        if (catalog.viewDefinition(view.schema(), view.name()) != null) {
          catalog.execute(view.drop());
        }
        if (replacement.previous() != null) {
          catalog.execute(replacement.previous());
        }
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }
  }

  private record Replacement(ServerlessView view, String previous) {
    TableName table() {
      return view.snapshot().table();
    }

    long version() {
      return view.snapshot().version();
    }
  }
}
