package io.medallion.application.service;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.in.RunPipelineUseCase;
import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeReset;
import io.medallion.application.port.out.LakeState;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.LakeTables;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLog;
import io.medallion.application.port.out.RunProgress;
import io.medallion.application.port.out.RunQuality;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.TableSnapshot;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.application.run.RunReport.StageTiming;
import io.medallion.domain.medallion.GoldSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the medallion in order (ingest, bronze, silver, gold, serve), or only the stages a command
 * chooses, checks that every table reconciles, and records the run whether it succeeds or fails.
 */
public final class PipelineService implements RunPipelineUseCase {

  private final SourceFetcher fetcher;
  private final LakeStorage lake;
  private final LakeState state;
  private final CaughtUp caughtUp;
  private final FullRefresh fullRefresh;
  private final LayerEngine engine;
  private final LakeTables tables;
  private final Warehouse warehouse;
  private final RunLog runLog;
  private final RunLock lock;
  private final FaultSwitch faults;
  private final MedallionPlan plan;
  private final Clock clock;
  private final RunProgress progress;

  public PipelineService(
      SourceFetcher fetcher,
      LakeStorage lake,
      LakeState state,
      LayerEngine engine,
      LakeTables tables,
      Warehouse warehouse,
      RunLog runLog,
      RunLock lock,
      LakeReset reset,
      FaultSwitch faults,
      MedallionPlan plan,
      Clock clock,
      RunProgress progress) {
    this.fetcher = fetcher;
    this.lake = lake;
    this.state = state;
    this.caughtUp = new CaughtUp(lake);
    this.fullRefresh = new FullRefresh(reset, faults);
    this.engine = engine;
    this.tables = tables;
    this.warehouse = warehouse;
    this.runLog = runLog;
    this.lock = lock;
    this.faults = faults;
    this.plan = plan;
    this.clock = clock;
    this.progress = progress;
  }

  @Override
  public RunReport run(RunPipelineCommand command) {
    Instant asked = clock.instant();
    RunId id = RunId.startingAt(asked);
    Run run = new Run(id, command.stages());
    try {
      try (RunLock.Lease lease = lock.acquire(id, command.lockWait())) {
        progress.lockAcquired(id, Duration.between(asked, clock.instant()));
        return run(command, run);
      }
    } finally {
      // Told once the lake is free again: a slow listener (a webhook, an exporter) never holds it.
      run.finished.ifPresent(progress::runFinished);
    }
  }

  private RunReport run(RunPipelineCommand command, Run run) {
    Instant started = clock.instant();
    // A whole incremental run may find nothing new; it then starts no engine (the engine's
    // adapters start it on first use) and notes its start only if ingestion writes.
    boolean whole = run.chosen.equals(EnumSet.allOf(Stage.class));
    Optional<CaughtUp.Marks> asLeft =
        whole && !command.fullRefresh() ? tablesAsLastLeft() : Optional.empty();
    if (asLeft.isEmpty()) {
      run.noteStart(started);
    }
    try {
      if (command.fullRefresh()) {
        progress.tablesReset(fullRefresh.resetAll());
      }
      LakeStorage ingestInto = asLeft.isPresent() ? run.notingStartOnWrite(started) : lake;
      run.stage(
          Stage.INGEST,
          () ->
              new LookupIngestion(fetcher, ingestInto, clock, faults)
                  .ingest(command.lookups(), run.id, run::ingested));
      CaughtUp.Marks sources = new CaughtUp.Marks(new TreeMap<>()).with("file", sourceFiles());
      if (asLeft.isPresent() && !run.noted) {
        Optional<String> news = asLeft.get().firstDifference(tableMarks(sources));
        if (news.isEmpty()) {
          return nothingNew(run, started, command.recordsNothingNew());
        }
        progress.somethingNew(news.get());
        run.noteStart(started);
      }
      run.stage(
          Stage.BRONZE,
          () ->
              engine
                  .loadAll(plan.bronze(), run.id)
                  .forEach(r -> run.table(Stage.BRONZE, reconciled(r))));
      run.stage(
          Stage.SILVER,
          () ->
              engine.refineAll(
                  plan.silver(),
                  run.id,
                  r -> run.table(Stage.SILVER, reconciled(r), FaultPoint.SILVER_BETWEEN_TABLES)));
      run.stage(
          Stage.GOLD,
          () ->
              engine.publishAll(
                  plan.gold(),
                  run.id,
                  r -> run.table(Stage.GOLD, reconciled(r), FaultPoint.GOLD_BETWEEN_TABLES)));
      run.stage(Stage.SERVE, () -> serve(run, started));
      RunReport report = run.report(started, Optional.empty(), false);
      faults.reached(FaultPoint.RUN_BEFORE_RECORD);
      runLog.record(report);
      run.finished = Optional.of(report);
      if (whole) {
        // Every layer is up to date as of the sources bronze found: a run that finds the same
        // marks has nothing to do.
        caughtUp.remember(run.id, tableMarks(sources));
      }
      return report;
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      RunReport failed = run.report(started, Optional.of(reason), false);
      try {
        run.noteStart(started);
        runLog.record(failed);
      } catch (RuntimeException logFailure) {
        // The run's own failure is the one to report; a log that also failed rides along.
        e.addSuppressed(logFailure);
      }
      run.finished = Optional.of(failed);
      throw e;
    }
  }

  /**
   * The marks the last caught-up run left, when every table and the warehouse are still as it left
   * them (the sources are checked after ingestion); else empty, saying what changed.
   */
  private Optional<CaughtUp.Marks> tablesAsLastLeft() {
    Optional<CaughtUp.Marks> last = caughtUp.last();
    Optional<String> changed = last.flatMap(l -> l.firstDifference(tableMarks(l.files())));
    changed.ifPresent(progress::somethingNew);
    return last.filter(l -> changed.isEmpty());
  }

  /**
   * Ends a run that found nothing to do: no engine started, and recorded (its only write) unless
   * the command asks for quiet.
   */
  private RunReport nothingNew(Run run, Instant started, boolean recorded) {
    RunReport report = run.report(started, Optional.empty(), true);
    if (recorded) {
      runLog.record(report);
    }
    progress.nothingNew();
    run.finished = Optional.of(report);
    return report;
  }

  /** The files bronze would read now, marked with their sizes and times. */
  private Map<String, String> sourceFiles() {
    return state.sourceFiles(plan.bronze());
  }

  /** {@code sources} with every table's latest commit and the versions the warehouse holds. */
  private CaughtUp.Marks tableMarks(CaughtUp.Marks sources) {
    Map<String, String> loaded = new TreeMap<>();
    warehouse
        .loadedVersions()
        .forEach((table, version) -> loaded.put(table.toString(), "v" + version));
    return sources.with("table", state.tableCommits()).with("warehouse", loaded);
  }

  private static LayerResult reconciled(LayerResult result) {
    if (!result.reconciles()) {
      throw new ReconciliationException(result);
    }
    return result;
  }

  private void serve(Run run, Instant started) {
    List<TableSnapshot> snapshots =
        plan.gold().stream().map(GoldSpec::target).map(tables::snapshot).toList();
    warehouse.load(snapshots);
    // After the load: the quality of a run whose gold did not reach the warehouse is not served.
    warehouse.recordQuality(new RunQuality(run.id, started, run.results));
  }

  /** The state of one run as it goes. */
  private final class Run {
    private final RunId id;
    private final List<IngestedFile> ingested = new ArrayList<>();
    private Optional<RunReport> finished = Optional.empty();
    private final List<LayerResult> results = new ArrayList<>();
    private final List<StageTiming> timings = new ArrayList<>();
    private final Set<Stage> chosen;
    private boolean noted;

    Run(RunId id, Set<Stage> chosen) {
      this.id = id;
      this.chosen = chosen;
    }

    void stage(Stage stage, Runnable work) {
      // Each stage is incremental: one left out now finds its input committed by an earlier run.
      if (!chosen.contains(stage)) {
        return;
      }
      progress.stageStarted(stage);
      Instant start = clock.instant();
      work.run();
      Duration took = Duration.between(start, clock.instant());
      timings.add(new StageTiming(stage, took));
      progress.stageFinished(stage, took);
    }

    void ingested(IngestedFile file, int retries) {
      ingested.add(file);
      progress.sourceFetched(file, retries);
    }

    void table(Stage stage, LayerResult result) {
      results.add(result);
      progress.tableDone(stage, result);
    }

    /** A table of a layer is done; a crash test may halt here, before the layer's next table. */
    void table(Stage stage, LayerResult result, FaultPoint after) {
      table(stage, result);
      faults.reached(after);
    }

    /**
     * Notes the run's start in the log, once, before it changes anything (a run killed later shows
     * as died), and lets a crash test halt there.
     */
    void noteStart(Instant started) {
      if (!noted) {
        noted = true;
        runLog.started(id, started);
        faults.reached(FaultPoint.RUN_LOCKED);
      }
    }

    /** The lake, noting the run's start before its first write. */
    LakeStorage notingStartOnWrite(Instant started) {
      return new BeforeFirstWrite(lake, () -> noteStart(started));
    }

    RunReport report(Instant started, Optional<String> failure, boolean nothingNew) {
      return new RunReport(
          id, started, clock.instant(), failure, ingested, results, timings, nothingNew);
    }
  }
}
