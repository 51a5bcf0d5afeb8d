package io.medallion.adapters.synapse;

import static io.medallion.adapters.synapse.SqlIdentifier.quote;
import static io.medallion.application.port.out.LoadedSnapshot.FILES_SHA256;
import static io.medallion.application.port.out.LoadedSnapshot.LOADED_AT;
import static io.medallion.application.port.out.LoadedSnapshot.NAME;
import static io.medallion.application.port.out.LoadedSnapshot.SCHEMA;
import static io.medallion.application.port.out.LoadedSnapshot.TABLE_NAME;
import static io.medallion.application.port.out.LoadedSnapshot.VERSION;

import io.medallion.application.port.out.LoadedSnapshot;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.domain.table.TableName;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@link LoadedSnapshot} records of a dedicated pool, in T-SQL. */
final class LoadedSnapshots {

  private static final String RECORDS = quote(SCHEMA, NAME);

  private static final String CREATE =
      ("CREATE TABLE %s (\n"
              + "    %s NVARCHAR(256) NOT NULL,\n"
              + "    %s BIGINT NOT NULL,\n"
              + "    %s DATETIME2(3) NOT NULL,\n"
              + "    %s CHAR(64) NULL\n"
              + ")\nWITH (DISTRIBUTION = ROUND_ROBIN, HEAP)")
          .formatted(
              RECORDS, quote(TABLE_NAME), quote(VERSION), quote(LOADED_AT), quote(FILES_SHA256));

  private static final String READ =
      "SELECT %s, %s, %s FROM %s"
          .formatted(quote(TABLE_NAME), quote(VERSION), quote(FILES_SHA256), RECORDS);
  private static final String READ_TABLE = READ + " WHERE " + quote(TABLE_NAME) + " = ?";
  private static final String FORGET =
      "DELETE FROM %s WHERE %s = ?".formatted(RECORDS, quote(TABLE_NAME));
  private static final String RECORD =
      "INSERT INTO %s (%s, %s, %s, %s) VALUES (?, ?, ?, ?)"
          .formatted(
              RECORDS, quote(TABLE_NAME), quote(VERSION), quote(LOADED_AT), quote(FILES_SHA256));

  private LoadedSnapshots() {}

  static void create(SqlCatalog catalog) throws SQLException {
    if (!catalog.schemaExists(SCHEMA)) {
      catalog.execute("CREATE SCHEMA " + quote(SCHEMA));
    }
    if (!catalog.tableExists(SCHEMA, NAME)) {
      catalog.execute(CREATE);
    }
  }

  /** The records of {@code table}: one, or none before its first load. */
  static List<LoadedSnapshot> of(SqlCatalog catalog, TableName table) throws SQLException {
    return read(catalog.rows(READ_TABLE, table.toString()));
  }

  /**
   * The version of each table held; none before the first load made a record. The records and the
   * catalog are read apart and matched here, as a load's check does: joined in SQL, the catalog's
   * names would meet the records' under two collations that may differ.
   */
  static Map<TableName, Long> versions(SqlCatalog catalog) throws SQLException {
    if (!catalog.tableExists(SCHEMA, NAME)) {
      return Map.of();
    }
    List<LoadedSnapshot> records = read(catalog.rows(READ));
    Set<String> live = catalog.tables();
    return LoadedSnapshot.versions(records, t -> live.contains(t.toString()));
  }

  /**
   * Records the versions in one transaction: DML, unlike DDL, may share one in a dedicated pool.
   */
  static void record(SqlCatalog catalog, List<TableSnapshot> snapshots, Instant loadedAt)
      throws SQLException {
    LocalDateTime at = LoadedSnapshot.loadedAt(loadedAt);
    catalog.inTransaction(
        () -> {
          for (TableSnapshot snapshot : snapshots) {
            LoadedSnapshot record = LoadedSnapshot.of(snapshot);
            catalog.update(FORGET, record.table().toString());
            catalog.update(
                RECORD, record.table().toString(), record.version(), at, record.filesSha256());
          }
        });
  }

  private static List<LoadedSnapshot> read(List<List<String>> rows) {
    List<LoadedSnapshot> records = new ArrayList<>();
    for (List<String> row : rows) {
      records.add(
          new LoadedSnapshot(TableName.parse(row.get(0)), Long.parseLong(row.get(1)), row.get(2)));
    }
    return records;
  }
}
