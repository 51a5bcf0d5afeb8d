package io.medallion.adapters.duckdb;

import java.nio.file.Path;
import java.util.Objects;

/** Where the warehouse lives: one DuckDB database file, created with its folders on first use. */
public record DuckDbSettings(Path databaseFile) {

  public DuckDbSettings {
    Objects.requireNonNull(databaseFile, "databaseFile");
  }
}
