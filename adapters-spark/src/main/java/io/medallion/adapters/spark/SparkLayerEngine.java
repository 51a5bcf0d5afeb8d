package io.medallion.adapters.spark;

import io.medallion.application.port.in.RunId;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.LayerResult;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.GoldSpec;
import io.medallion.domain.medallion.SilverSpec;
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

  @Override
  public LayerResult refine(SilverSpec spec, RunId run) {
    return silver.refine(spec, run);
  }

  @Override
  public LayerResult publish(GoldSpec spec, RunId run) {
    return gold.publish(spec, run);
  }
}
