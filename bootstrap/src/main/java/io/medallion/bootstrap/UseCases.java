package io.medallion.bootstrap;

import io.medallion.application.port.in.LandTitlesUseCase;
import io.medallion.application.port.in.ListTablesUseCase;
import io.medallion.application.port.in.MaintainLakeUseCase;
import io.medallion.application.port.in.ProtectTableUseCase;
import io.medallion.application.port.in.QueryWarehouseUseCase;
import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.in.RunPipelineUseCase;
import io.medallion.application.port.in.ShowHistoryUseCase;
import io.medallion.application.port.in.ShowRunUseCase;
import io.medallion.application.port.out.RunProgress;

/**
 * The use cases the commands drive, each made for the lake and warehouse a command's settings name:
 * the product's wiring ({@link WiredUseCases}), or fakes in a command's test. A command receives
 * this in its constructor and never looks its adapters up itself.
 */
interface UseCases {

  /** A run's two entry points over one wiring: landing a titles file, and the run itself. */
  record Pipeline(LandTitlesUseCase landing, RunPipelineUseCase run) {}

  Pipeline pipeline(MedallionSettings settings, RunProgress progress);

  ListTablesUseCase tables(MedallionSettings settings);

  ShowHistoryUseCase history(MedallionSettings settings);

  ShowRunUseCase pastRun(MedallionSettings settings);

  MaintainLakeUseCase maintenance(MedallionSettings settings);

  ProtectTableUseCase protection(MedallionSettings settings);

  QueryWarehouseUseCase query(MedallionSettings settings);

  ReadReportingViewUseCase views(MedallionSettings settings);
}
