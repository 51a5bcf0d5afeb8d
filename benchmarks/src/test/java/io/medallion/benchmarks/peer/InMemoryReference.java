package io.medallion.benchmarks.peer;

import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.domain.medallion.NetflixMedallion;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.testkit.fixture.TickingClock;
import io.medallion.testkit.memory.InMemoryLakeStorage;
import io.medallion.testkit.memory.InMemoryLayerEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The medallion's specs run over a folder of the tutorial's five files by testkit's in-memory
 * engine, the project's second engine, held to Spark's answers by the shared case tables.
 */
final class InMemoryReference {

  private static final RunId RUN = new RunId("20260101-000000-0abc");

  private InMemoryReference() {}

  static TableTallies run(Path sourceDir) throws IOException {
    InMemoryLakeStorage lake = new InMemoryLakeStorage();
    for (Feed feed : Feed.tutorial()) {
      String name = feed.fileStem() + ".csv";
      lake.write(
          LakeLayout.sourceFolder(feed) + "/" + name, Files.readAllBytes(sourceDir.resolve(name)));
    }
    InMemoryLayerEngine engine = new InMemoryLayerEngine(lake, TickingClock.fromNewYear2026());
    List<LayerResult> results = new ArrayList<>();
    for (BronzeSpec spec : NetflixMedallion.bronze()) {
      results.add(engine.load(spec, RUN));
    }
    for (SilverSpec spec : NetflixMedallion.silver()) {
      results.add(engine.refine(spec, RUN));
    }
    for (GoldSpec spec : NetflixMedallion.gold()) {
      results.add(engine.publish(spec, RUN));
    }
    return TableTallies.ofLayerResults(results);
  }
}
