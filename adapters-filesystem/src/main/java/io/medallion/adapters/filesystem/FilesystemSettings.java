package io.medallion.adapters.filesystem;

import java.nio.file.Path;
import java.util.Objects;

/** Where the lake lives on the local disk; the folder is created on first write. */
public record FilesystemSettings(Path lakeRoot) {

  public FilesystemSettings {
    Objects.requireNonNull(lakeRoot, "lakeRoot");
  }
}
