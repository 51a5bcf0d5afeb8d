package io.medallion.adapters.spark;

import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.SilverSpec;
import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;

/** The medallion's specs executed by Spark on Delta tables. */
final class SparkLayerEngine implements LayerEngine {

  private final BronzeLoad bronze;
  private final SilverRefine silver;
  private final GoldPublish gold;
  private final DeltaTables delta;
  private final boolean interpreted;

  SparkLayerEngine(
      BronzeLoad bronze,
      SilverRefine silver,
      GoldPublish gold,
      DeltaTables delta,
      boolean interpreted) {
    this.bronze = bronze;
    this.silver = silver;
    this.gold = gold;
    this.delta = delta;
    this.interpreted = interpreted;
  }

  /**
   * The landing and raw zones' size from which silver and gold are left to the code Spark generates
   * for their expressions; below it, compiling them costs a fresh JVM more than it saves
   * (BENCHMARKS.md, issue 15). Bronze keeps generated code: its CSV parsing repays it at any size.
   */
  static final long GENERATED_CODE_PAYS_FROM_BYTES = 64L << 20;

  /** The engine over the lake at {@code lake}, its three layers sharing one session. */
  static SparkLayerEngine over(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    return over(spark, lake, delta, FaultSwitch.NONE);
  }

  /** The engine halting the process where {@code faults} says, for crash tests. */
  static SparkLayerEngine over(
      SparkSession spark, LakeLocations lake, DeltaTables delta, FaultSwitch faults) {
    long sources =
        SparkSessions.sourceBytes(lake.root(), spark.sparkContext().hadoopConfiguration());
    return new SparkLayerEngine(
        new BronzeLoad(spark, lake, delta, faults),
        new SilverRefine(lake, delta, faults),
        new GoldPublish(lake, delta, faults),
        delta,
        sources < GENERATED_CODE_PAYS_FROM_BYTES);
  }

  @Override
  public LayerResult load(BronzeSpec spec, RunId run) {
    return bronze.load(spec, run);
  }

  /**
   * Loads the feeds side by side from one session: each reads its own files into its own table, and
   * a CSV with quoted line breaks is parsed by one task per file, so one load at a time would leave
   * the other cores idle. Every feed is loaded even when another fails (they share nothing); the
   * first failure is thrown once all have ended.
   */
  @Override
  public List<LayerResult> loadAll(List<BronzeSpec> specs, RunId run) {
    LayerResult[] results = new LayerResult[specs.size()];
    List<Callable<Integer>> loads = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      int at = i;
      loads.add(
          () -> {
            results[at] = bronze.load(specs.get(at), run);
            return at;
          });
    }
    SideBySide.runEvery(loads, at -> {});
    return List.of(results);
  }

  @Override
  public LayerResult refine(SilverSpec spec, RunId run) {
    return silver.refine(spec, run);
  }

  @Override
  public LayerResult publish(GoldSpec spec, RunId run) {
    return gold.publish(spec, run);
  }

  /** The silver tables side by side, each in a session of its own (see {@link #ownSession}). */
  @Override
  public void refineAll(List<SilverSpec> specs, RunId run, Consumer<LayerResult> done) {
    SideBySide.run(
        specs.stream().map(spec -> ownSession(d -> silver.in(d).refine(spec, run))).toList(), done);
  }

  /**
   * The gold tables side by side in waves: the dimension and the bridges (built from silver), then
   * the aggregates built from them.
   */
  @Override
  public void publishAll(List<GoldSpec> specs, RunId run, Consumer<LayerResult> done) {
    List<GoldSpec> left = new ArrayList<>(specs);
    while (!left.isEmpty()) {
      Set<TableName> pending = left.stream().map(GoldSpec::target).collect(Collectors.toSet());
      List<GoldSpec> ready =
          left.stream().filter(s -> s.inputs().stream().noneMatch(pending::contains)).toList();
      if (ready.isEmpty()) {
        throw new IllegalStateException("gold tables built from each other: " + pending);
      }
      SideBySide.run(
          ready.stream().map(spec -> ownSession(d -> gold.in(d).publish(spec, run))).toList(),
          done);
      left.removeAll(ready);
    }
  }

  /**
   * The work on a session of its own, active on its thread: a commit records what it consumed in
   * its session's conf ({@link DeltaTables#recordingConsumed}), which tables side by side must not
   * share.
   */
  private Callable<LayerResult> ownSession(Function<DeltaTables, LayerResult> work) {
    return () -> {
      DeltaTables own = delta.inNewSession();
      if (interpreted) {
        own.withoutGeneratedCode();
      }
      own.activate();
      try {
        return work.apply(own);
      } finally {
        SparkSession.clearActiveSession();
      }
    };
  }
}
