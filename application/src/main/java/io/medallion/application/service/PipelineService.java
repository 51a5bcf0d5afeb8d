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
import io.medallion.application.port.out.SourceFetch;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.SourceVersion;
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
    // Noted before any work: a run killed mid-way then shows in the history as died.
    runLog.started(run.id, started);
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
    IngestionLedger ledger = new IngestionLedger(lake);
    for (LookupSource source : sources) {
      run.ingested.add(ingest(source, ledger, run));
    }
  }

  /**
   * Fetches a lookup unless the source says it is unchanged; lands a new version in the raw zone
   * under a dated name with the run id and the checksum, unless its content is the latest's.
   */
  private IngestedFile ingest(LookupSource source, IngestionLedger ledger, Run run) {
    Optional<IngestionLedger.Entry> latest = ledger.latest(source.feed());
    SourceFetch fetch =
        fetcher.fetch(
            source, latest.map(IngestionLedger.Entry::version).orElse(SourceVersion.none()));
    if (!fetch.modified()) {
      IngestionLedger.Entry known = latest.orElseThrow();
      return new IngestedFile(source.name(), known.path(), known.bytes(), false);
    }
    byte[] content = fetch.content().orElseThrow();
    String sha = ContentHash.sha256(content);
    if (latest.isPresent() && latest.get().sha256().equals(sha)) {
      if (!latest.get().version().equals(fetch.version())) {
        // Same bytes under new validators: remember them, so the next request can be conditional.
        ledger.record(entry(source, fetch.version(), sha, content, latest.get().path(), run));
      }
      return new IngestedFile(source.name(), latest.get().path(), content.length, false);
    }
    String folder = LakeLayout.rawFolder(source.feed());
    // A run that died between landing and the ledger left the file: it is taken, not landed twice.
    String suffix = "-" + sha.substring(0, ContentHash.NAME_HEX_DIGITS) + ".csv";
    Optional<String> landed =
        lake.list(folder).stream().filter(p -> p.endsWith(suffix)).findFirst();
    String path =
        landed.orElse(folder + "/" + source.feed().fileStem() + "-" + run.id.value() + suffix);
    if (landed.isEmpty()) {
      lake.write(path, content);
    }
    ledger.record(entry(source, fetch.version(), sha, content, path, run));
    return new IngestedFile(source.name(), path, content.length, landed.isEmpty());
  }

  private IngestionLedger.Entry entry(
      LookupSource source,
      SourceVersion version,
      String sha,
      byte[] content,
      String path,
      Run run) {
    return new IngestionLedger.Entry(
        source.feed(), version, sha, content.length, path, run.id, clock.instant());
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
