package io.medallion.testkit.memory;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.GoldTable;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.fixture.TickingClock;
import java.util.List;
import java.util.Map;

/** A fresh lake and in-memory engine, with the catalogue's specs at hand. */
final class EngineFixture {

  static final RunId RUN = new RunId("20260101-000000-0abc");

  final InMemoryLakeStorage lake = new InMemoryLakeStorage();
  final TickingClock clock = TickingClock.fromNewYear2026();
  final InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, clock);

  /** Drops a file into the folder bronze reads the feed from; returns its lake path. */
  String land(Feed feed, String fileName, byte[] content) {
    String path = LakeLayout.sourceFolder(feed) + "/" + fileName;
    lake.write(path, content);
    return path;
  }

  LayerResult load(Feed feed) {
    return engine.load(BronzeSpec.of(feed), RUN);
  }

  LayerResult refine(Feed feed) {
    return engine.refine(silverSpec(feed), RUN);
  }

  LayerResult publish(GoldTable table) {
    return engine.publish(goldSpec(table), RUN);
  }

  List<Map<String, Object>> bronze(Feed feed) {
    return engine.rows(TableName.of(Layer.BRONZE, feed.table()));
  }

  List<Map<String, Object>> silver(Feed feed) {
    return engine.rows(TableName.of(Layer.SILVER, feed.table()));
  }

  List<Map<String, Object>> quarantine(Feed feed) {
    return engine.rows(TableName.of(Layer.SILVER, feed.table()).quarantine());
  }

  List<Map<String, Object>> gold(GoldTable table) {
    return engine.rows(table.table());
  }

  static SilverSpec silverSpec(Feed feed) {
    return NetflixMedallion.silver().stream()
        .filter(s -> s.feed() == feed)
        .findFirst()
        .orElseThrow();
  }

  static GoldSpec goldSpec(GoldTable table) {
    return NetflixMedallion.gold().stream()
        .filter(s -> s.table() == table)
        .findFirst()
        .orElseThrow();
  }
}
