package io.medallion.adapters.spark;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeMaintenance;
import io.medallion.application.port.out.LakeReset;
import io.medallion.application.port.out.LakeTables;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.RunLog;
import org.apache.spark.sql.SparkSession;

/**
 * Binds the Spark engine, the lake's tables, their reset and maintenance and the Delta run log,
 * over one Spark session. A crash test may set the engine's {@code FaultSwitch}.
 */
public final class SparkModule extends AbstractModule {

  private final SparkSettings settings;

  public SparkModule(SparkSettings settings) {
    this.settings = settings;
  }

  @Override
  protected void configure() {
    // Never halts unless bootstrap sets a switch for a crash test.
    OptionalBinder.newOptionalBinder(binder(), FaultSwitch.class)
        .setDefault()
        .toInstance(FaultSwitch.NONE);
  }

  @Provides
  @Singleton
  SparkSession session() {
    return SparkSessions.start(settings);
  }

  @Provides
  @Singleton
  LakeLocations locations() {
    return new LakeLocations(settings.lakeRoot());
  }

  @Provides
  @Singleton
  DeltaTables deltaTables(SparkSession spark) {
    return new DeltaTables(spark);
  }

  @Provides
  @Singleton
  LayerEngine engine(
      SparkSession spark, LakeLocations lake, DeltaTables delta, FaultSwitch faults) {
    return SparkLayerEngine.over(spark, lake, delta, faults);
  }

  @Provides
  @Singleton
  LakeReset reset(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    return new SparkLakeReset(spark, lake, delta);
  }

  @Provides
  @Singleton
  LakeTables lakeTables(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    return new SparkLakeTables(spark, lake, delta);
  }

  @Provides
  @Singleton
  RunLog runLog(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    return new DeltaRunLog(spark, lake, delta);
  }

  @Provides
  @Singleton
  LakeMaintenance maintenance(SparkSession spark, LakeLocations lake, DeltaTables delta) {
    return new DeltaLakeMaintenance(spark, lake, new LakeTableFolders(spark, lake, delta));
  }
}
