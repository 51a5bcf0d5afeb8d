package io.medallion.adapters.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --workdir} option the commands share, and the settings it leads to. */
final class WorkdirOption {

  @Option(
      names = "--workdir",
      defaultValue = "./medallion-data",
      description = "The working folder: lake, warehouse, sample (default: ${DEFAULT-VALUE}).")
  Path workdir;

  CommandSettings settings(UseCases useCases) {
    return useCases.forWorkdir(workdir);
  }

  /** The settings of a working folder that already holds a lake, else a clear error. */
  CommandSettings existingLake(UseCases useCases) {
    CommandSettings settings = settings(useCases);
    if (!settings.lakeRoot().toFile().isDirectory()) {
      throw new IllegalArgumentException(
          "no lake at " + settings.lakeRoot() + ": run `medallion demo` first");
    }
    return settings;
  }
}
