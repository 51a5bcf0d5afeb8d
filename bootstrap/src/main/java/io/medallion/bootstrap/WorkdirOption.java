package io.medallion.bootstrap;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --workdir} option the commands share, and the settings it leads to. */
final class WorkdirOption {

  @Option(
      names = "--workdir",
      defaultValue = "./medallion-data",
      description = "The working folder: lake, warehouse, sample (default: ${DEFAULT-VALUE}).")
  Path workdir;

  MedallionSettings settings() {
    return MedallionSettings.forWorkdir(workdir);
  }

  /** The settings of a working folder that already holds a lake, else a clear error. */
  MedallionSettings existingLake() {
    MedallionSettings settings = settings();
    if (!settings.lakeRoot().toFile().isDirectory()) {
      throw new IllegalArgumentException(
          "no lake at " + settings.lakeRoot() + ": run `medallion demo` first");
    }
    return settings;
  }
}
