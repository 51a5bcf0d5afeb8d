package io.medallion.application.service;

import io.medallion.application.port.in.LookupSource;
import io.medallion.application.port.in.RunId;
import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.in.RunPipelineUseCase;
import io.medallion.application.port.in.RunReport;
import io.medallion.application.port.in.RunReport.IngestedFile;
import io.medallion.application.port.in.RunReport.Stage;
import io.medallion.application.port.in.RunReport.StageTiming;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.LakeTables;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.LayerResult;
import io.medallion.application.port.out.RunLog;
import io.medallion.application.port.out.RunProgress;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.Warehouse;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.SilverSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the medallion in order (ingest, bronze, silver, gold, serve), checks that every table
 * reconciles, and records the run whether it succeeds or fails.
 */
public final class PipelineService implements RunPipelineUseCase {

  private final SourceFetcher fetcher;
  private final LakeStorage lake;
  private final LayerEngine engine;
  private final LakeTables tables;
  private final Warehouse warehouse;
  private final RunLog runLog;
  private final MedallionPlan plan;
  private final Clock clock;
  private final RunProgress progress;

  public PipelineService(
      SourceFetcher fetcher,
      LakeStorage lake,
      LayerEngine engine,
      LakeTables tables,
      Warehouse warehouse,
      RunLog runLog,
      MedallionPlan plan,
      Clock clock,
      RunProgress progress) {
    this.fetcher = fetcher;
    this.lake = lake;
    this.engine = engine;
    this.tables = tables;
    this.warehouse = warehouse;
    this.runLog = runLog;
    this.plan = plan;
    this.clock = clock;
    this.progress = progress;
  }

  @Override
  public RunReport run(RunPipelineCommand command) {
    Instant started = clock.instant();
    Run run = new Run(RunId.startingAt(started));
    try {
      run.stage(Stage.INGEST, () -> ingest(command.lookups(), run));
      run.stage(
          Stage.BRONZE, () -> plan.bronze().forEach(s -> run.table(Stage.BRONZE, load(s, run))));
      run.stage(
          Stage.SILVER, () -> plan.silver().forEach(s -> run.table(Stage.SILVER, refine(s, run))));
      run.stage(Stage.GOLD, () -> plan.gold().forEach(s -> run.table(Stage.GOLD, publish(s, run))));
      run.stage(Stage.SERVE, this::serve);
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      try {
        runLog.record(run.report(started, Optional.of(reason)));
      } catch (RuntimeException logFailure) {
        // The run's own failure is the one to report; a log that also failed rides along.
        e.addSuppressed(logFailure);
      }
      throw e;
    }
    RunReport report = run.report(started, Optional.empty());
    runLog.record(report);
    return report;
  }

  private void ingest(List<LookupSource> sources, Run run) {
    for (LookupSource source : sources) {
      byte[] content = fetcher.fetch(source);
      LandOnce.Landed landed =
          LandOnce.land(lake, LakeLayout.rawFolder(source.feed()), source.feed(), content);
      run.ingested.add(
          new IngestedFile(source.name(), landed.path(), content.length, landed.written()));
    }
  }

  private LayerResult load(BronzeSpec spec, Run run) {
    return reconciled(engine.load(spec, run.id));
  }

  private LayerResult refine(SilverSpec spec, Run run) {
    return reconciled(engine.refine(spec, run.id));
  }

  private LayerResult publish(GoldSpec spec, Run run) {
    return reconciled(engine.publish(spec, run.id));
  }

  private static LayerResult reconciled(LayerResult result) {
    if (!result.reconciles()) {
      throw new ReconciliationException(result);
    }
    return result;
  }

  private void serve() {
    List<TableSnapshot> snapshots =
        plan.gold().stream().map(GoldSpec::target).map(tables::snapshot).toList();
    warehouse.load(snapshots);
  }

  /** The state of one run as it goes. */
  private final class Run {
    private final RunId id;
    private final List<IngestedFile> ingested = new ArrayList<>();
    private final List<LayerResult> results = new ArrayList<>();
    private final List<StageTiming> timings = new ArrayList<>();

    Run(RunId id) {
      this.id = id;
    }

    void stage(Stage stage, Runnable work) {
      progress.stageStarted(stage);
      Instant start = clock.instant();
      work.run();
      Duration took = Duration.between(start, clock.instant());
      timings.add(new StageTiming(stage, took));
      progress.stageFinished(stage, took);
    }

    void table(Stage stage, LayerResult result) {
      results.add(result);
      progress.tableDone(stage, result);
    }

    RunReport report(Instant started, Optional<String> failure) {
      return new RunReport(id, started, clock.instant(), failure, ingested, results, timings);
    }
  }
}
