package io.medallion.adapters.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Whether a run could load the warehouse file, found without creating or changing anything: a file
 * that exists must open read-only (one another process holds for writing does not) and be writable;
 * a missing one needs a folder to be made in, its nearest existing parent writable.
 */
final class WarehouseFileProbe {

  private WarehouseFileProbe() {}

  static List<String> problems(DuckDbConnections connections) {
    Path file = connections.file();
    String warehouse = "warehouse " + file + ": ";
    if (!connections.exists()) {
      return missing(file, warehouse);
    }
    if (!Files.isRegularFile(file)) {
      return List.of(warehouse + "it is a folder, not a DuckDB file");
    }
    try (Connection ignored = connections.readOnlyNow()) {
      return Files.isWritable(file) ? List.of() : List.of(warehouse + "it is not writable");
    } catch (SQLException e) {
      return List.of(warehouse + "it does not open: " + DuckDbWarehouse.firstLine(e));
    }
  }

  private static List<String> missing(Path file, String warehouse) {
    Path existing = file.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return List.of(warehouse + "no part of the path exists");
    }
    String parent = "its nearest existing folder " + existing;
    if (!Files.isDirectory(existing)) {
      return List.of(warehouse + "its nearest existing parent " + existing + " is not a folder");
    }
    return Files.isWritable(existing)
        ? List.of()
        : List.of(warehouse + parent + " is not writable, so it cannot be created");
  }
}
