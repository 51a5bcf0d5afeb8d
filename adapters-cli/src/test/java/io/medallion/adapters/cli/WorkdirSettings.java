package io.medallion.adapters.cli;

import io.medallion.application.port.in.RunPipelineCommand;
import java.nio.file.Path;
import java.util.List;

/**
 * A test's settings: lake and warehouse laid out under the working folder as the product does, and
 * the variables they name missing as given.
 */
record WorkdirSettings(Path workdir, List<String> missingVariables) implements CommandSettings {

  WorkdirSettings(Path workdir) {
    this(workdir, List.of());
  }

  @Override
  public Path lakeRoot() {
    return workdir.resolve("lake");
  }

  @Override
  public String lakeLocation() {
    return lakeRoot().toString();
  }

  @Override
  public Path warehouseFile() {
    return workdir.resolve("warehouse").resolve("medallion.duckdb");
  }

  @Override
  public String warehouseLocation() {
    return warehouseFile().toString();
  }

  @Override
  public boolean synapseWarehouse() {
    return false;
  }

  @Override
  public RunPipelineCommand runCommand() {
    return new RunPipelineCommand(List.of());
  }
}
