package io.medallion.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
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
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeMaintenance;
import io.medallion.application.port.out.LakeReset;
import io.medallion.application.port.out.LakeRows;
import io.medallion.application.port.out.LakeState;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.LakeTables;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLog;
import io.medallion.application.port.out.RunProgress;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.port.out.WarehouseConsole;
import io.medallion.application.service.ExplainService;
import io.medallion.application.service.LandingService;
import io.medallion.application.service.MaintenanceService;
import io.medallion.application.service.MedallionPlan;
import io.medallion.application.service.PipelineService;
import io.medallion.application.service.ProtectionService;
import io.medallion.application.service.QueryService;
import io.medallion.application.service.ReportingViewService;
import io.medallion.application.service.RunHistoryService;
import io.medallion.application.service.TablesService;
import io.medallion.application.service.ValidateService;
import io.medallion.application.service.WatchService;
import java.time.Clock;

/**
 * Builds the application's services from whatever ports the installed adapter modules bind. One
 * module per use case, so a command installs only the adapters it needs (query starts no Spark).
 */
final class UseCaseModule {

  private UseCaseModule() {}

  /** The pipeline run: every port. */
  static final class Pipeline extends AbstractModule {
    private final RunProgress progress;

    Pipeline(RunProgress progress) {
      this.progress = progress;
    }

    @Provides
    @Singleton
    RunPipelineUseCase pipeline(
        SourceFetcher fetcher,
        LakeStorage lake,
        LakeState state,
        LayerEngine engine,
        LakeTables tables,
        Warehouse warehouse,
        RunLog runLog,
        RunLock lock,
        LakeReset reset,
        FaultSwitch faults) {
      return new PipelineService(
          fetcher,
          lake,
          state,
          engine,
          tables,
          warehouse,
          runLog,
          lock,
          reset,
          faults,
          MedallionPlan.netflix(),
          Clock.systemUTC(),
          progress);
    }

    @Provides
    @Singleton
    WatchLakeUseCase watching(RunPipelineUseCase pipeline) {
      return new WatchService(pipeline);
    }

    @Provides
    @Singleton
    LandTitlesUseCase landing(LakeStorage lake) {
      return new LandingService(lake);
    }
  }

  /** Listing the lake's tables: the lake tables port only. */
  static final class Tables extends AbstractModule {
    @Provides
    @Singleton
    ListTablesUseCase tables(LakeTables tables) {
      return new TablesService(tables);
    }
  }

  /** Reading recorded runs: the run log only. */
  static final class History extends AbstractModule {
    @Provides
    @Singleton
    RunHistoryService service(RunLog runLog) {
      return new RunHistoryService(runLog);
    }

    @Provides
    ShowRunUseCase history(RunHistoryService service) {
      return service;
    }

    @Provides
    ShowHistoryUseCase runs(RunHistoryService service) {
      return service;
    }
  }

  /** One title's story: the lake's rows only. */
  static final class Explain extends AbstractModule {
    @Provides
    @Singleton
    ExplainTitleUseCase explain(LakeRows rows) {
      return new ExplainService(rows, MedallionPlan.netflix());
    }
  }

  /** Compacting and vacuuming the lake's tables: the lake maintenance port only. */
  static final class Maintenance extends AbstractModule {
    @Provides
    @Singleton
    MaintainLakeUseCase maintenance(LakeMaintenance maintenance, RunLock lock) {
      return new MaintenanceService(maintenance, lock, Clock.systemUTC());
    }
  }

  /** Marking tables a full refresh keeps: the lake reset port only. */
  static final class Protection extends AbstractModule {
    @Provides
    @Singleton
    ProtectTableUseCase protection(LakeReset reset) {
      return new ProtectionService(reset);
    }
  }

  /** Querying the warehouse: its console only. */
  static final class Query extends AbstractModule {
    @Provides
    @Singleton
    QueryWarehouseUseCase query(WarehouseConsole console) {
      return new QueryService(console);
    }
  }

  /** Validating a run's setup: the sources, the lake's storage and the warehouse, no engine. */
  static final class Validate extends AbstractModule {
    @Provides
    @Singleton
    ValidateSetupUseCase validation(SourceFetcher fetcher, LakeStorage lake, Warehouse warehouse) {
      return new ValidateService(fetcher, lake, warehouse, MedallionPlan.netflix());
    }
  }

  /** Reading the reporting views: the warehouse port only. */
  static final class Reporting extends AbstractModule {
    @Provides
    @Singleton
    ReadReportingViewUseCase views(Warehouse warehouse) {
      return new ReportingViewService(warehouse);
    }
  }
}
