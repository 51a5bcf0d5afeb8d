package io.medallion.adapters.synapse;

import io.medallion.application.port.out.TableSnapshot;

/**
 * The view that serves one gold table from a serverless pool: the table's Delta folder read in
 * place, typed by the snapshot's columns. Its text names the snapshot's version, so an unchanged
 * view is recognised as already loaded.
 */
final class ServerlessView {

  private final TableSnapshot snapshot;
  private final String schema;
  private final String name;
  private final String create;

  ServerlessView(TableSnapshot snapshot, String dataSource) {
    this.snapshot = snapshot;
    this.schema = snapshot.table().layer().id();
    this.name = snapshot.table().name();
    this.create = render(snapshot, SqlIdentifier.quote(schema, name), dataSource);
  }

  private static String render(TableSnapshot snapshot, String view, String dataSource) {
    // The serverless pool reads the Delta log itself, always its latest version (it has no time
    // travel), so the snapshot's file list is not used here; gold stays on reader version 1.
    return "CREATE VIEW "
        + view
        + " AS\n-- medallion snapshot "
        + snapshot.table()
        + " version "
        + snapshot.version()
        + "\nSELECT *\nFROM OPENROWSET(\n    BULK "
        + StorageUrl.literal(snapshot.table().name() + "/")
        + ",\n    DATA_SOURCE = "
        + StorageUrl.literal(dataSource)
        + ",\n    FORMAT = 'DELTA'\n) WITH (\n"
        + SqlColumns.serverless(snapshot)
        + "\n) AS [snapshot]";
  }

  TableSnapshot snapshot() {
    return snapshot;
  }

  String schema() {
    return schema;
  }

  String name() {
    return name;
  }

  String create() {
    return create;
  }

  String drop() {
    return "DROP VIEW " + SqlIdentifier.quote(schema, name);
  }
}
