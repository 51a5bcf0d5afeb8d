package io.medallion.adapters.spark;

import io.medallion.application.port.in.RunId;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.LayerResult;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.SilverSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.SparkSession;

/** The medallion's specs executed by Spark on Delta tables. */
final class SparkLayerEngine implements LayerEngine {

  private final BronzeLoad bronze;
  private final SilverRefine silver;
  private final GoldPublish gold;

  SparkLayerEngine(BronzeLoad bronze, SilverRefine silver, GoldPublish gold) {
    this.bronze = bronze;
    this.silver = silver;
    this.gold = gold;
  }

  /** The engine over the lake at {@code lake}, its three layers sharing one session. */
  static SparkLayerEngine over(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    return over(spark, lake, delta, FaultSwitch.NONE);
  }

  /** The engine halting the process where {@code faults} says, for crash tests. */
  static SparkLayerEngine over(
      SparkSession spark, LakeLocations lake, DeltaTables delta, FaultSwitch faults) {
    return new SparkLayerEngine(
        new BronzeLoad(spark, lake, delta, faults),
        new SilverRefine(lake, delta, faults),
        new GoldPublish(lake, delta, faults));
  }

  @Override
  public LayerResult load(BronzeSpec spec, RunId run) {
    return bronze.load(spec, run);
  }

  /**
   * Loads the feeds side by side from one session: each reads its own files into its own table, and
   * a CSV with quoted line breaks is parsed by one task per file, so one load at a time would leave
   * the other cores idle. Every load ends before this returns; the first failure is thrown.
   */
  @Override
  public List<LayerResult> loadAll(List<BronzeSpec> specs, RunId run) {
    int threads = Math.min(specs.size(), Math.max(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<LayerResult>> loads = new ArrayList<>();
      specs.forEach(spec -> loads.add(pool.submit(() -> bronze.load(spec, run))));
      List<LayerResult> results = new ArrayList<>();
      RuntimeException failure = null;
      for (Future<LayerResult> load : loads) {
        try {
          results.add(load.get());
        } catch (ExecutionException e) {
          RuntimeException cause =
              e.getCause() instanceof RuntimeException r
                  ? r
                  : new IllegalStateException(e.getCause());
          if (failure == null) {
            failure = cause;
          } else {
            failure.addSuppressed(cause);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while loading bronze", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  @Override
  public LayerResult refine(SilverSpec spec, RunId run) {
    return silver.refine(spec, run);
  }

  @Override
  public LayerResult publish(GoldSpec spec, RunId run) {
    return gold.publish(spec, run);
  }
}
