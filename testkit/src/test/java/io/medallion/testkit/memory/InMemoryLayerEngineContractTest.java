package io.medallion.testkit.memory;

import io.medallion.application.port.out.LakeReset;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.contract.LayerEngineContract;
import io.medallion.testkit.fixture.TickingClock;
import java.util.List;
import java.util.Map;

class InMemoryLayerEngineContractTest extends LayerEngineContract {

  private InMemoryLakeStorage lake;
  private InMemoryLayerEngine engine;

  @Override
  protected LayerEngine newEngine() {
    lake = new InMemoryLakeStorage();
    engine = new InMemoryLayerEngine(lake, TickingClock.fromNewYear2026());
    return engine;
  }

  @Override
  protected LakeReset lakeReset() {
    return new InMemoryLakeReset(engine);
  }

  @Override
  protected void land(Feed feed, String fileName, byte[] content) {
    lake.write(LakeLayout.sourceFolder(feed) + "/" + fileName, content);
  }

  @Override
  protected List<Map<String, Object>> rows(TableName table) {
    return engine.rows(table);
  }
}
