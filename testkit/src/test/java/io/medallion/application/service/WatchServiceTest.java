package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.in.RunPipelineUseCase;
import io.medallion.application.port.in.WatchLakeCommand;
import io.medallion.application.port.in.WatchLakeUseCase.WatchSummary;
import io.medallion.application.port.in.Watching;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.fixture.TitleFiles;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemoryRunLock;
import io.medallion.testkit.memory.InMemoryRunLog;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import io.medallion.testkit.memory.InMemoryWarehouse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * The continuous mode: a batch per tick over what is new, idle ticks that leave no trace, failures
 * reported and tried again after a growing pause, a busy lake waited out, and a stop obeyed.
 */
class WatchServiceTest {

  private static final Duration TICK = Duration.ofSeconds(10);
  private static final TableName DIM_TITLE = TableName.of(Layer.GOLD, "dim_title");

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final TickingClock clock = TickingClock.fromNewYear2026();
  private final InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, clock);
  private final InMemoryWarehouse warehouse = new InMemoryWarehouse(engine);
  private final InMemoryRunLog runLog = new InMemoryRunLog();
  private final InMemoryRunLock lock = new InMemoryRunLock();
  private final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();

  @Test
  void givenTitlesLandingBetweenTicks_watch_runsABatchForEachAndIdlesInBetween() throws Exception {
    Catalogue.serveLookups(fetcher);
    lake.write(Catalogue.TITLES_PATH, Catalogue.titles().bytes());
    Ticks ticks =
        new Ticks(
            5,
            tick -> {
              if (tick == 3) {
                lake.write(
                    "landing/titles/netflix_titles-2026-02.csv",
                    TitleFiles.titles().movie("s90", "Late Arrival", 95).bytes());
              }
            });

    WatchSummary summary = watcher().watch(new WatchLakeCommand(Catalogue.command(), TICK), ticks);

    // Ticks 1 and 4 found work; 2, 3 and 5 found nothing new and left no record.
    assertThat(summary).isEqualTo(new WatchSummary(2, 0, 3, 0));
    assertThat(runLog.reports()).hasSize(2).allSatisfy(r -> assertThat(r.succeeded()).isTrue());
    assertThat(ticks.done).containsExactlyElementsOf(runLog.reports());
    assertThat(engine.rows(DIM_TITLE))
        .anySatisfy(row -> assertThat(row).containsEntry("show_id", "s90"));
    assertThat(ticks.pauses).containsExactly(Duration.ZERO, TICK, TICK, TICK, TICK, TICK);
    assertThat(lock.holder()).isEmpty();
  }

  @Test
  void givenBatchesThatFail_watch_goesOnAndBacksOffUntilOneSucceeds() throws Exception {
    Scripted pipeline = new Scripted(4);
    Ticks ticks = new Ticks(6, tick -> {});

    WatchSummary summary =
        new WatchService(pipeline)
            .watch(new WatchLakeCommand(Catalogue.command(), TICK, Duration.ofSeconds(60)), ticks);

    assertThat(summary).isEqualTo(new WatchSummary(6, 4, 0, 0));
    assertThat(ticks.pauses)
        .containsExactly(
            Duration.ZERO,
            TICK,
            Duration.ofSeconds(20),
            Duration.ofSeconds(40),
            Duration.ofSeconds(60),
            TICK,
            TICK);
    assertThat(ticks.failures).containsExactly(1, 2, 3, 4);
  }

  @Test
  void givenALakeHeldByAnotherRun_watch_skipsTheTickAndTriesAgainAtTheNext() throws Exception {
    Catalogue.serveLookups(fetcher);
    lake.write(Catalogue.TITLES_PATH, Catalogue.titles().bytes());
    RunLock.Lease held = lock.acquire(RunId.startingAt(clock.instant()), Duration.ZERO);
    Ticks ticks =
        new Ticks(
            2,
            tick -> {
              if (tick == 2) {
                held.close();
              }
            });

    WatchSummary summary = watcher().watch(new WatchLakeCommand(Catalogue.command(), TICK), ticks);

    assertThat(summary).isEqualTo(new WatchSummary(1, 0, 0, 1));
    assertThat(ticks.busy).singleElement().asString().contains("lake");
    assertThat(runLog.reports()).hasSize(1);
  }

  @Test
  void givenAStopBeforeTheFirstTick_watch_runsNothing() throws Exception {
    Scripted pipeline = new Scripted(0);

    WatchSummary summary =
        new WatchService(pipeline)
            .watch(new WatchLakeCommand(Catalogue.command(), TICK), new Ticks(0, t -> {}));

    assertThat(summary).isEqualTo(new WatchSummary(0, 0, 0, 0));
    assertThat(pipeline.runs).isZero();
  }

  @Test
  void givenAnyTick_watch_asksForRunsThatLeaveNoRecordWhenIdle() throws Exception {
    Scripted pipeline = new Scripted(0);

    new WatchService(pipeline)
        .watch(new WatchLakeCommand(Catalogue.command(), TICK), new Ticks(1, t -> {}));

    assertThat(pipeline.commands)
        .singleElement()
        .satisfies(c -> assertThat(c.recordsNothingNew()).isFalse());
  }

  private WatchService watcher() {
    return new WatchService(
        new InMemoryPipeline(lake, engine, clock, fetcher)
            .warehouse(warehouse)
            .runLog(runLog)
            .lock(lock)
            .build());
  }

  /** Lets {@code ticks} ticks through, recording the pauses asked for and what it heard. */
  private static final class Ticks implements Watching {
    final List<Duration> pauses = new ArrayList<>();
    final List<RunReport> done = new ArrayList<>();
    final List<Integer> failures = new ArrayList<>();
    final List<String> busy = new ArrayList<>();
    private final int ticks;
    private final IntConsumer beforeTick;

    Ticks(int ticks, IntConsumer beforeTick) {
      this.ticks = ticks;
      this.beforeTick = beforeTick;
    }

    @Override
    public boolean pause(Duration pause) {
      pauses.add(pause);
      int tick = pauses.size();
      if (tick > ticks) {
        return false;
      }
      beforeTick.accept(tick);
      return true;
    }

    @Override
    public void batchDone(RunReport report) {
      done.add(report);
    }

    @Override
    public void batchFailed(RuntimeException failure, int failuresInARow, Duration nextTry) {
      failures.add(failuresInARow);
    }

    @Override
    public void lakeBusy(String holder) {
      busy.add(holder);
    }
  }

  /** A pipeline whose first {@code failing} runs fail and whose later runs succeed. */
  private final class Scripted implements RunPipelineUseCase {
    final List<RunPipelineCommand> commands = new ArrayList<>();
    private final int failing;
    int runs;

    Scripted(int failing) {
      this.failing = failing;
    }

    @Override
    public RunReport run(RunPipelineCommand command) {
      commands.add(command);
      runs++;
      if (runs <= failing) {
        throw new IllegalStateException("source down, run " + runs);
      }
      return new RunReport(
          RunId.startingAt(clock.instant()),
          clock.instant(),
          clock.instant(),
          Optional.empty(),
          List.of(),
          List.of(),
          List.of());
    }
  }
}
