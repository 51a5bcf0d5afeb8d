package io.medallion.application.port.out;

import io.medallion.domain.table.TableName;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A warehouse's record that it loaded one version of a table, told apart by its files ({@link
 * TableSnapshot#filesSha256()}, null in a record made before files were recorded): one row per
 * table in {@code meta.loaded_snapshots}, replaced by each load of the table. A snapshot is held
 * when its table is still there and a record names its table, version and files; so a table dropped
 * by hand since its load, or rebuilt by a full refresh under the same version, loads again.
 */
public record LoadedSnapshot(TableName table, long version, String filesSha256) {

  /** The schema of the warehouse's own records. */
  public static final String SCHEMA = "meta";

  /** The table of the records, in {@link #SCHEMA}. */
  public static final String NAME = "loaded_snapshots";

  /** Column: the table, as {@code layer.name}; one record per table. */
  public static final String TABLE_NAME = "table_name";

  /** Column: the version loaded. */
  public static final String VERSION = "version";

  /** Column: when the load committed, as its UTC wall-clock time ({@link #loadedAt}). */
  public static final String LOADED_AT = "loaded_at";

  /** Column: the SHA-256 of the version's files, in hex. */
  public static final String FILES_SHA256 = "files_sha256";

  public LoadedSnapshot {
    Objects.requireNonNull(table, "table");
  }

  /** The record a load of {@code snapshot} makes. */
  public static LoadedSnapshot of(TableSnapshot snapshot) {
    return new LoadedSnapshot(snapshot.table(), snapshot.version(), snapshot.filesSha256());
  }

  /** The {@link #LOADED_AT} of a load committed at {@code instant}: its UTC time, zone left out. */
  public static LocalDateTime loadedAt(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Whether this record names {@code snapshot}: its table, its version and its files. */
  public boolean names(TableSnapshot snapshot) {
    return equals(of(snapshot));
  }

  /**
   * Whether a warehouse holding {@code records} (those of the snapshot's table, or more) holds
   * {@code snapshot}, whose table is there or not ({@code tableLive}).
   */
  public static boolean holds(
      Collection<LoadedSnapshot> records, boolean tableLive, TableSnapshot snapshot) {
    return tableLive && records.stream().anyMatch(record -> record.names(snapshot));
  }

  /** The version each record gives its table, for the tables still there ({@code live}). */
  public static Map<TableName, Long> versions(
      Collection<LoadedSnapshot> records, Predicate<TableName> live) {
    return records.stream()
        .filter(record -> live.test(record.table()))
        .collect(
            Collectors.toUnmodifiableMap(
                LoadedSnapshot::table, LoadedSnapshot::version, (first, last) -> last));
  }
}
