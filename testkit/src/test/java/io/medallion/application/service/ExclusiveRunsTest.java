package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.in.MaintainLakeCommand;
import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeBusyException;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemoryRunLock;
import io.medallion.testkit.memory.InMemoryRunLog;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One run at a time per lake, and the points where a crash test may halt a run. */
class ExclusiveRunsTest {

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final TickingClock clock = TickingClock.fromNewYear2026();
  private final InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, clock);
  private final InMemoryRunLog runLog = new InMemoryRunLog();
  private final InMemoryRunLock lock = new InMemoryRunLock();
  private final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();
  private final List<FaultPoint> passed = new ArrayList<>();
  private final RunId holder = RunId.startingAt(Instant.parse("2026-11-25T09:00:00Z"));

  @BeforeEach
  void dropTheTitlesFile() {
    lake.write(Catalogue.TITLES_PATH, Catalogue.titles().bytes());
    Catalogue.serveLookups(fetcher);
  }

  @Test
  void givenARunHoldingTheLake_run_failsAtOnceNamingItAndRecordsNothing() {
    try (RunLock.Lease held = lock.acquire(holder, Duration.ZERO)) {
      assertThatThrownBy(() -> service(FaultSwitch.NONE).run(Catalogue.command()))
          .isInstanceOf(LakeBusyException.class)
          .hasMessageContaining(holder.value());
    }
    assertThat(runLog.reports()).isEmpty();
    assertThat(engine.tables()).isEmpty();
  }

  @Test
  void givenAWait_run_startsOnceTheHolderFinishes() throws Exception {
    RunLock.Lease held = lock.acquire(holder, Duration.ZERO);
    CompletableFuture<RunReport> waiting =
        CompletableFuture.supplyAsync(
            () ->
                service(FaultSwitch.NONE)
                    .run(Catalogue.command().waitingUpTo(Duration.ofMinutes(1))));
    Thread.sleep(100);
    assertThat(waiting).as("still waiting while the lake is held").isNotDone();

    held.close();

    assertThat(waiting.get(30, TimeUnit.SECONDS).succeeded()).isTrue();
    assertThat(lock.holder()).as("released after the run").isEmpty();
  }

  @Test
  void givenAFailingRun_run_releasesTheLake() {
    InMemorySourceFetcher servingNothing = new InMemorySourceFetcher();

    assertThatThrownBy(() -> service(servingNothing, FaultSwitch.NONE).run(Catalogue.command()))
        .isInstanceOf(SourceUnavailableException.class);
    assertThat(lock.holder()).isEmpty();
  }

  @Test
  void givenMaintenanceHoldingTheLake_run_isRefusedUntilItEnds() {
    List<String> order = new ArrayList<>();
    MaintenanceService maintenance =
        new MaintenanceService(
            retention -> {
              order.add("maintain");
              assertThatThrownBy(() -> service(FaultSwitch.NONE).run(Catalogue.command()))
                  .isInstanceOf(LakeBusyException.class);
              return List.of();
            },
            lock,
            clock);

    maintenance.maintain(new MaintainLakeCommand(Duration.ofDays(7)));

    assertThat(order).containsExactly("maintain");
    assertThat(service(FaultSwitch.NONE).run(Catalogue.command()).succeeded()).isTrue();
  }

  @Test
  void givenASwitch_run_passesItsPointsInTheOrderTheyAreListed() {
    FaultSwitch recording =
        point -> {
          passed.add(point);
          return false;
        };

    service(recording).run(Catalogue.command());

    assertThat(passed)
        .containsSubsequence(
            FaultPoint.RUN_LOCKED,
            FaultPoint.INGEST_MID,
            FaultPoint.SILVER_BETWEEN_TABLES,
            FaultPoint.GOLD_BETWEEN_TABLES,
            FaultPoint.RUN_BEFORE_RECORD);
    assertThat(passed).isSortedAccordingTo(Enum::compareTo);
  }

  private PipelineService service(FaultSwitch faults) {
    return service(fetcher, faults);
  }

  private PipelineService service(InMemorySourceFetcher source, FaultSwitch faults) {
    return new InMemoryPipeline(lake, engine, clock, source)
        .runLog(runLog)
        .lock(lock)
        .faults(faults)
        .build();
  }
}
