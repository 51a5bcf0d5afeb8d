package io.medallion.adapters.cli;

import io.medallion.application.port.in.ExplainTitleUseCase;
import io.medallion.application.port.in.ListTablesUseCase;
import io.medallion.application.port.in.MaintainLakeUseCase;
import io.medallion.application.port.in.ProtectTableUseCase;
import io.medallion.application.port.in.QueryWarehouseUseCase;
import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.in.ShowHistoryUseCase;
import io.medallion.application.port.in.ShowRunUseCase;
import io.medallion.application.port.in.ValidateSetupUseCase;
import io.medallion.application.port.in.WatchLakeUseCase;
import io.medallion.application.port.out.RunProgress;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Use cases a test overrides where it gives one; any other is a failure of the test. Settings are a
 * working folder's ({@link WorkdirSettings}); no config file is read.
 */
class RefusingUseCases implements UseCases {

  @Override
  public CommandSettings configured(Path file, Function<String, String> environment) {
    throw new AssertionError("no config file in this test");
  }

  @Override
  public CommandSettings forWorkdir(Path workdir) {
    return new WorkdirSettings(workdir);
  }

  @Override
  public Pipeline pipeline(CommandSettings settings, RunProgress progress) {
    throw new AssertionError("no pipeline in this test");
  }

  @Override
  public WatchLakeUseCase watching(CommandSettings settings, RunProgress progress) {
    throw new AssertionError("this test watches no lake");
  }

  @Override
  public ListTablesUseCase tables(CommandSettings settings) {
    throw new AssertionError("no tables in this test");
  }

  @Override
  public ShowHistoryUseCase history(CommandSettings settings) {
    throw new AssertionError("no history in this test");
  }

  @Override
  public ShowRunUseCase pastRun(CommandSettings settings) {
    throw new AssertionError("no past run in this test");
  }

  @Override
  public ExplainTitleUseCase explain(CommandSettings settings) {
    throw new AssertionError("no title to explain in this test");
  }

  @Override
  public MaintainLakeUseCase maintenance(CommandSettings settings) {
    throw new AssertionError("no maintenance in this test");
  }

  @Override
  public ProtectTableUseCase protection(CommandSettings settings) {
    throw new AssertionError("no protection in this test");
  }

  @Override
  public QueryWarehouseUseCase query(CommandSettings settings) {
    throw new AssertionError("no query in this test");
  }

  @Override
  public ReadReportingViewUseCase views(CommandSettings settings) {
    throw new AssertionError("no views in this test");
  }

  @Override
  public ValidateSetupUseCase validation(CommandSettings settings) {
    throw new AssertionError("no validation in this test");
  }

  @Override
  public Dashboard dashboard() {
    throw new AssertionError("no dashboard in this test");
  }

  @Override
  public ServedLookups serveLookups(Path folder) {
    throw new AssertionError("no lookup server in this test");
  }

  @Override
  public boolean sparkStarted() {
    return false;
  }

  @Override
  public void logIn(LogFormat format) {
    throw new AssertionError("this test logs as it is");
  }
}
