package io.medallion.adapters.cli;

import io.medallion.application.port.in.RunPipelineCommand;
import java.nio.file.Path;
import java.util.List;

/**
 * What the commands need to know of the settings they run with: where the working folder, the lake
 * and the warehouse are, and the run the settings configure. Reading them (a config file, the
 * environment) is the host's business: {@link UseCases} hands them out.
 */
public interface CommandSettings {

  /** The working folder, absolute: lake, warehouse and the demo's sample live under it. */
  Path workdir();

  /** The local lake's folder (the demo and the read commands work on it). */
  Path lakeRoot();

  /** The lake as the engine addresses it: a local folder or an {@code abfss://} root. */
  String lakeLocation();

  /** The local DuckDB warehouse's file. */
  Path warehouseFile();

  /** Where gold is served, for people: the DuckDB file or the Synapse database. */
  String warehouseLocation();

  /** Whether gold is served from Synapse rather than from the local DuckDB file. */
  boolean synapseWarehouse();

  /** The run of the configured sources; fails naming what is missing or contradictory. */
  RunPipelineCommand runCommand();

  /**
   * The environment variables the settings name for secrets a run needs that are not set, one line
   * each naming the variable and its setting (never a value); empty when none is missing.
   */
  List<String> missingVariables();
}
