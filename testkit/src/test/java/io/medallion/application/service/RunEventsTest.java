package io.medallion.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.RunProgress;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemoryRunLock;
import io.medallion.testkit.memory.InMemorySourceFetcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a run tells its listeners (the console, the metrics, the alerts): the lock's wait first,
 * each lookup fetched, each table, and how the run ended last, whether it succeeded, failed or
 * found nothing new.
 */
class RunEventsTest {

  private final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  private final TickingClock clock = TickingClock.fromNewYear2026();
  private final InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, clock);
  private final InMemorySourceFetcher fetcher = new InMemorySourceFetcher();
  private final InMemoryRunLock lock = new InMemoryRunLock();
  private final Heard heard = new Heard();

  @BeforeEach
  void landTheCatalogue() {
    lake.write(Catalogue.TITLES_PATH, Catalogue.titles().bytes());
    Catalogue.serveLookups(fetcher);
  }

  @Test
  void givenAWholeRun_run_tellsTheLockEachFetchEachTableAndTheReportLast() {
    RunReport report = service(engine).run(Catalogue.command());

    assertThat(heard.events.get(0)).isEqualTo("lock " + report.runId());
    assertThat(heard.waited).singleElement().satisfies(w -> assertThat(w.isNegative()).isFalse());
    assertThat(heard.fetched).isEqualTo(report.ingested()).hasSize(4);
    assertThat(heard.retries).containsOnly(0);
    assertThat(heard.tables).isEqualTo(report.tables()).isNotEmpty();
    assertThat(heard.finished).containsExactly(report);
    assertThat(heard.events).last().isEqualTo("finished");
    assertThat(heard.lockHeldWhenFinished).containsExactly(false);
  }

  @Test
  void givenARunThatFails_run_tellsTheFailedReportAndThrows() {
    LayerEngine failingGold =
        new LayerEngine() {
          @Override
          public LayerResult load(BronzeSpec spec, RunId run) {
            return engine.load(spec, run);
          }

          @Override
          public LayerResult refine(SilverSpec spec, RunId run) {
            return engine.refine(spec, run);
          }

          @Override
          public LayerResult publish(GoldSpec spec, RunId run) {
            throw new IllegalStateException("gold is down");
          }
        };

    assertThatThrownBy(() -> service(failingGold).run(Catalogue.command()))
        .hasMessage("gold is down");

    assertThat(heard.finished)
        .singleElement()
        .satisfies(r -> assertThat(r.failure()).hasValue("gold is down"));
    assertThat(heard.events).last().isEqualTo("finished");
  }

  @Test
  void givenNothingNew_run_tellsNothingNewThenTheReport() {
    PipelineService service = service(engine);
    service.run(Catalogue.command());
    heard.events.clear();
    heard.finished.clear();

    RunReport report = service.run(Catalogue.command());

    assertThat(report.nothingNew()).isTrue();
    assertThat(heard.finished).containsExactly(report);
    assertThat(heard.events).endsWith("nothing new", "finished");
  }

  @Test
  void givenTwoListeners_all_tellsEachInOrder() {
    List<String> order = new ArrayList<>();
    RunProgress first =
        new RunProgress() {
          @Override
          public void stageStarted(Stage stage) {
            order.add("first " + stage);
          }
        };
    RunProgress second =
        new RunProgress() {
          @Override
          public void stageStarted(Stage stage) {
            order.add("second " + stage);
          }
        };

    RunProgress.all(List.of(first, second)).stageStarted(Stage.GOLD);

    assertThat(order).containsExactly("first GOLD", "second GOLD");
  }

  private PipelineService service(LayerEngine layerEngine) {
    return new InMemoryPipeline(lake, engine, clock, fetcher)
        .engine(layerEngine)
        .lock(lock)
        .progress(heard)
        .build();
  }

  private final class Heard implements RunProgress {
    final List<Boolean> lockHeldWhenFinished = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    final List<Duration> waited = new ArrayList<>();
    final List<IngestedFile> fetched = new ArrayList<>();
    final List<Integer> retries = new ArrayList<>();
    final List<LayerResult> tables = new ArrayList<>();
    final List<RunReport> finished = new ArrayList<>();

    @Override
    public void lockAcquired(RunId run, Duration waited) {
      events.add("lock " + run);
      this.waited.add(waited);
    }

    @Override
    public void sourceFetched(IngestedFile file, int retries) {
      events.add("fetched");
      fetched.add(file);
      this.retries.add(retries);
    }

    @Override
    public void tableDone(Stage stage, LayerResult result) {
      events.add("table");
      tables.add(result);
    }

    @Override
    public void nothingNew() {
      events.add("nothing new");
    }

    @Override
    public void runFinished(RunReport report) {
      events.add("finished");
      finished.add(report);
      lockHeldWhenFinished.add(lock.holder().isPresent());
    }
  }
}
