package io.medallion.adapters.cli;

import io.medallion.application.port.in.ExplainTitleUseCase;
import io.medallion.application.port.in.LandTitlesUseCase;
import io.medallion.application.port.in.ListTablesUseCase;
import io.medallion.application.port.in.MaintainLakeUseCase;
import io.medallion.application.port.in.ProtectTableUseCase;
import io.medallion.application.port.in.QueryWarehouseUseCase;
import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.in.RunPipelineUseCase;
import io.medallion.application.port.in.ShowHistoryUseCase;
import io.medallion.application.port.in.ShowRunUseCase;
import io.medallion.application.port.in.ValidateSetupUseCase;
import io.medallion.application.port.in.WatchLakeUseCase;
import io.medallion.application.port.out.RunProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The use cases the commands drive, each made for the lake and warehouse a command's settings name,
 * and what else only the host process can give them (its settings, the dashboard, the demo's source
 * server): the product's wiring in bootstrap, or fakes in a command's test. A command receives this
 * in its constructor and never looks its adapters up itself.
 */
public interface UseCases {

  /** A run's two entry points over one wiring: landing a titles file, and the run itself. */
  record Pipeline(LandTitlesUseCase landing, RunPipelineUseCase run) {}

  /**
   * The settings a config file holds, secrets looked up in {@code environment}; fails naming why.
   */
  CommandSettings configured(Path file, Function<String, String> environment);

  /** The default settings over this working folder, with no sources. */
  CommandSettings forWorkdir(Path workdir);

  Pipeline pipeline(CommandSettings settings, RunProgress progress);

  /** A watcher whose batches run over one wiring, warm for the watch's lifetime. */
  WatchLakeUseCase watching(CommandSettings settings, RunProgress progress);

  ListTablesUseCase tables(CommandSettings settings);

  ShowHistoryUseCase history(CommandSettings settings);

  ShowRunUseCase pastRun(CommandSettings settings);

  /** One title's story, read from the lake's tables. */
  ExplainTitleUseCase explain(CommandSettings settings);

  MaintainLakeUseCase maintenance(CommandSettings settings);

  ProtectTableUseCase protection(CommandSettings settings);

  QueryWarehouseUseCase query(CommandSettings settings);

  ReadReportingViewUseCase views(CommandSettings settings);

  /** A validation of the sources, lake and warehouse the settings name; starts no engine. */
  ValidateSetupUseCase validation(CommandSettings settings);

  /** The dashboard that {@code dashboard} writes and {@code serve} serves. */
  Dashboard dashboard();

  /** Starts serving the lookup files of {@code folder} for the demo. */
  ServedLookups serveLookups(Path folder) throws IOException;

  /** Logs the rest of this process in {@code format}. */
  void logIn(LogFormat format);

  /** Whether this process started (or joined) a Spark session, for a run's JSON report. */
  boolean sparkStarted();
}
