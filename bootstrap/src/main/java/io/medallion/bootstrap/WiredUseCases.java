package io.medallion.bootstrap;

import com.google.inject.Injector;
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

/** The product's use cases: each made by Guice over the adapter modules {@link Wiring} chooses. */
final class WiredUseCases implements UseCases {

  @Override
  public Pipeline pipeline(MedallionSettings settings, RunProgress progress) {
    Injector injector = Wiring.pipeline(settings, progress);
    return new Pipeline(
        injector.getInstance(LandTitlesUseCase.class),
        injector.getInstance(RunPipelineUseCase.class));
  }

  @Override
  public ListTablesUseCase tables(MedallionSettings settings) {
    return Wiring.tables(settings).getInstance(ListTablesUseCase.class);
  }

  @Override
  public ShowHistoryUseCase history(MedallionSettings settings) {
    return Wiring.history(settings).getInstance(ShowHistoryUseCase.class);
  }

  @Override
  public ShowRunUseCase pastRun(MedallionSettings settings) {
    return Wiring.history(settings).getInstance(ShowRunUseCase.class);
  }

  @Override
  public MaintainLakeUseCase maintenance(MedallionSettings settings) {
    return Wiring.maintenance(settings).getInstance(MaintainLakeUseCase.class);
  }

  @Override
  public ProtectTableUseCase protection(MedallionSettings settings) {
    return Wiring.protection(settings).getInstance(ProtectTableUseCase.class);
  }

  @Override
  public QueryWarehouseUseCase query(MedallionSettings settings) {
    return Wiring.query(settings).getInstance(QueryWarehouseUseCase.class);
  }

  @Override
  public ReadReportingViewUseCase views(MedallionSettings settings) {
    return Wiring.dashboard(settings);
  }
}
