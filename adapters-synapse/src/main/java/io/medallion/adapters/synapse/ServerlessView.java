package io.medallion.adapters.synapse;

import io.medallion.application.port.out.TableSnapshot;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The view that serves one gold table from a serverless pool: the table's Delta folder read in
 * place, typed by the snapshot's columns. Its text names the snapshot's version, so an unchanged
 * view is recognised as already loaded.
 */
final class ServerlessView {

  // The line of a view's text that names the table and version it serves.
  private static final String MARK = "-- medallion snapshot ";
  private static final Pattern MARKED =
      Pattern.compile("^" + Pattern.quote(MARK) + "(\\S+) version (\\d+)$", Pattern.MULTILINE);

  /** What the text of every view serving a snapshot is LIKE, in T-SQL. */
  static final String SERVING = "%" + MARK + "% version %";

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
        + " AS\n"
        + MARK
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

  /**
   * The version a view's text says it serves, if it is the view of that table: a copy of the text
   * under another name serves nothing this warehouse loaded.
   */
  static OptionalLong servedVersion(String view, String text) {
    Matcher mark = MARKED.matcher(text);
    return mark.find() && mark.group(1).equals(view)
        ? OptionalLong.of(Long.parseLong(mark.group(2)))
        : OptionalLong.empty();
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
