package io.medallion.bootstrap;

import com.google.inject.Injector;
import io.medallion.adapters.cli.CommandSettings;
import io.medallion.adapters.cli.Dashboard;
import io.medallion.adapters.cli.LogFormat;
import io.medallion.adapters.cli.ServedLookups;
import io.medallion.adapters.cli.UseCases;
import io.medallion.adapters.spark.SparkModule;
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
 * The product's use cases: each made by Guice over the adapter modules {@link Wiring} chooses for
 * the settings this class read ({@link MedallionSettings}, the only ones it is handed back).
 */
final class WiredUseCases implements UseCases {

  @Override
  public CommandSettings configured(Path file, Function<String, String> environment) {
    return MedallionSettings.fromFile(file, environment);
  }

  @Override
  public CommandSettings forWorkdir(Path workdir) {
    return MedallionSettings.forWorkdir(workdir);
  }

  @Override
  public Pipeline pipeline(CommandSettings settings, RunProgress progress) {
    Injector injector = Wiring.pipeline(read(settings), progress);
    return new Pipeline(
        injector.getInstance(LandTitlesUseCase.class),
        injector.getInstance(RunPipelineUseCase.class));
  }

  @Override
  public WatchLakeUseCase watching(CommandSettings settings, RunProgress progress) {
    return Wiring.pipeline(read(settings), progress).getInstance(WatchLakeUseCase.class);
  }

  @Override
  public ListTablesUseCase tables(CommandSettings settings) {
    return Wiring.tables(read(settings)).getInstance(ListTablesUseCase.class);
  }

  @Override
  public ShowHistoryUseCase history(CommandSettings settings) {
    return Wiring.history(read(settings)).getInstance(ShowHistoryUseCase.class);
  }

  @Override
  public ShowRunUseCase pastRun(CommandSettings settings) {
    return Wiring.history(read(settings)).getInstance(ShowRunUseCase.class);
  }

  @Override
  public ExplainTitleUseCase explain(CommandSettings settings) {
    return Wiring.explain(read(settings)).getInstance(ExplainTitleUseCase.class);
  }

  @Override
  public MaintainLakeUseCase maintenance(CommandSettings settings) {
    return Wiring.maintenance(read(settings)).getInstance(MaintainLakeUseCase.class);
  }

  @Override
  public ProtectTableUseCase protection(CommandSettings settings) {
    return Wiring.protection(read(settings)).getInstance(ProtectTableUseCase.class);
  }

  @Override
  public QueryWarehouseUseCase query(CommandSettings settings) {
    return Wiring.query(read(settings)).getInstance(QueryWarehouseUseCase.class);
  }

  @Override
  public ValidateSetupUseCase validation(CommandSettings settings) {
    return Wiring.validate(read(settings)).getInstance(ValidateSetupUseCase.class);
  }

  @Override
  public ReadReportingViewUseCase views(CommandSettings settings) {
    return Wiring.dashboard(read(settings));
  }

  @Override
  public Dashboard dashboard() {
    return new HtmlDashboard();
  }

  @Override
  public ServedLookups serveLookups(Path folder) throws IOException {
    return DemoSourceServer.serve(folder);
  }

  @Override
  public boolean sparkStarted() {
    return SparkModule.sessionStarted();
  }

  // The commands hand back the settings configured() or forWorkdir() gave them.
  private static MedallionSettings read(CommandSettings settings) {
    if (settings instanceof MedallionSettings read) {
      return read;
    }
    throw new IllegalArgumentException("settings not read by medallion: " + settings);
  }

  @Override
  public void logIn(LogFormat format) {
    if (format == LogFormat.JSON) {
      JsonLogs.switchOn();
    }
  }
}
