package io.medallion.application.service;

import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeReset;
import io.medallion.application.port.out.LakeState;
import io.medallion.application.port.out.LakeTables;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLog;
import io.medallion.application.port.out.RunProgress;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.Warehouse;
import io.medallion.testkit.memory.InMemoryLakeReset;
import io.medallion.testkit.memory.InMemoryLakeState;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLakeTables;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import io.medallion.testkit.memory.InMemoryRunLock;
import io.medallion.testkit.memory.InMemoryRunLog;
import io.medallion.testkit.memory.InMemoryWarehouse;
import java.time.Clock;

/**
 * Builds a {@link PipelineService} over in-memory adapters; a test replaces the ones it watches.
 */
final class InMemoryPipeline {

  private final InMemoryLakeStorage lake;
  private final Clock clock;
  private final SourceFetcher fetcher;
  private LayerEngine engine;
  private LakeState state;
  private LakeTables tables;
  private Warehouse warehouse;
  private LakeReset reset;
  private RunLog runLog = new InMemoryRunLog();
  private RunLock lock = new InMemoryRunLock();
  private FaultSwitch faults = FaultSwitch.NONE;
  private MedallionPlan plan = MedallionPlan.netflix();
  private RunProgress progress = new RunProgress() {};

  InMemoryPipeline(
      InMemoryLakeStorage lake, InMemoryLayerEngine engine, Clock clock, SourceFetcher fetcher) {
    this.lake = lake;
    this.clock = clock;
    this.fetcher = fetcher;
    this.engine = engine;
    this.state = new InMemoryLakeState(lake, engine);
    this.tables = new InMemoryLakeTables(engine);
    this.warehouse = new InMemoryWarehouse(engine);
    this.reset = new InMemoryLakeReset(engine);
  }

  InMemoryPipeline engine(LayerEngine engine) {
    this.engine = engine;
    return this;
  }

  InMemoryPipeline tables(LakeTables tables) {
    this.tables = tables;
    return this;
  }

  InMemoryPipeline warehouse(Warehouse warehouse) {
    this.warehouse = warehouse;
    return this;
  }

  InMemoryPipeline reset(LakeReset reset) {
    this.reset = reset;
    return this;
  }

  InMemoryPipeline runLog(RunLog runLog) {
    this.runLog = runLog;
    return this;
  }

  InMemoryPipeline lock(RunLock lock) {
    this.lock = lock;
    return this;
  }

  InMemoryPipeline faults(FaultSwitch faults) {
    this.faults = faults;
    return this;
  }

  InMemoryPipeline plan(MedallionPlan plan) {
    this.plan = plan;
    return this;
  }

  InMemoryPipeline progress(RunProgress progress) {
    this.progress = progress;
    return this;
  }

  PipelineService build() {
    return new PipelineService(
        fetcher, lake, state, engine, tables, warehouse, runLog, lock, reset, faults, plan, clock,
        progress);
  }
}
