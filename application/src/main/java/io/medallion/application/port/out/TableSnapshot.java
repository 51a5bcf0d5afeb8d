package io.medallion.application.port.out;

import io.medallion.domain.table.TableName;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One version of a table as a warehouse can read it: its columns and the Parquet files live in that
 * version (never every file in the table's folder: removed files stay there).
 */
public record TableSnapshot(TableName table, long version, List<Column> columns, List<URI> files) {

  public TableSnapshot {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    files = List.copyOf(files);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a snapshot has columns: " + table);
    }
  }

  /**
   * The SHA-256 of the snapshot's file addresses, sorted: tells this version from the same version
   * number of the table rebuilt by a full refresh, which writes other files.
   */
  public String filesSha256() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      files.stream()
          .map(URI::toString)
          .sorted()
          .forEach(f -> sha.update((f + "\n").getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** A column and its type. */
  public record Column(String name, ColumnType type) {}

  /** The column types gold uses. */
  public enum ColumnType {
    STRING,
    INT,
    LONG,
    DOUBLE,
    BOOLEAN,
    DATE,
    TIMESTAMP
  }
}
