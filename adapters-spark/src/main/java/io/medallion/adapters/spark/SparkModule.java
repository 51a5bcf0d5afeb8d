package io.medallion.adapters.spark;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeMaintenance;
import io.medallion.application.port.out.LakeReset;
import io.medallion.application.port.out.LakeRows;
import io.medallion.application.port.out.LakeState;
import io.medallion.application.port.out.LakeTables;
import io.medallion.application.port.out.LayerEngine;
import io.medallion.application.port.out.RunLog;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

/**
 * Binds the Spark engine, the lake's tables and their rows, their reset and maintenance and the
 * Delta run log, over one Spark session. A crash test may set the engine's {@code FaultSwitch}.
 */
public final class SparkModule extends AbstractModule {

  private final SparkSettings settings;

  public SparkModule(SparkSettings settings) {
    this.settings = settings;
  }

  /** Whether this process started a Spark session, or joined a cluster's, through this module. */
  public static boolean sessionStarted() {
    return SparkSessions.started();
  }

  /**
   * Whether a cluster made the session (Databricks): Spark is up whatever a run does, and its
   * runtime brings Delta but not Delta Kernel, which the jar leaves to it; Delta's own log reader
   * and writer serve there.
   */
  private static boolean onCluster() {
    return SparkSession.getDefaultSession().isDefined();
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

  // The ports below start Spark on their first call, not when bound: a run with nothing new reads
  // the lake's state without Spark (LakeState) and records itself with Delta Kernel.

  @Provides
  @Singleton
  LakeState lakeState(LakeLocations lake, Provider<DeltaTables> delta) {
    Configuration hadoop = SparkSessions.hadoopConfiguration(settings);
    return new ListedLakeState(
        lake,
        hadoop,
        onCluster() ? ListedLakeState.byDelta(delta.get()) : ListedLakeState.byKernel(hadoop));
  }

  @Provides
  @Singleton
  LayerEngine engine(
      Provider<SparkSession> spark,
      LakeLocations lake,
      Provider<DeltaTables> delta,
      FaultSwitch faults) {
    return OnFirstUse.of(
        LayerEngine.class, () -> SparkLayerEngine.over(spark.get(), lake, delta.get(), faults));
  }

  @Provides
  @Singleton
  LakeReset reset(Provider<SparkSession> spark, LakeLocations lake, Provider<DeltaTables> delta) {
    return OnFirstUse.of(LakeReset.class, () -> new SparkLakeReset(spark.get(), lake, delta.get()));
  }

  @Provides
  @Singleton
  LakeTables lakeTables(
      Provider<SparkSession> spark, LakeLocations lake, Provider<DeltaTables> delta) {
    return OnFirstUse.of(
        LakeTables.class, () -> new SparkLakeTables(spark.get(), lake, delta.get()));
  }

  @Provides
  @Singleton
  LakeRows lakeRows(LakeLocations lake, Provider<DeltaTables> delta) {
    return OnFirstUse.of(LakeRows.class, () -> new SparkLakeRows(lake, delta.get()));
  }

  @Provides
  @Singleton
  RunLog runLog(Provider<SparkSession> spark, LakeLocations lake, Provider<DeltaTables> delta) {
    return new DeltaRunLog(
        spark::get,
        lake,
        delta::get,
        onCluster()
            ? Optional.empty()
            : Optional.of(new KernelAppend(SparkSessions.hadoopConfiguration(settings))));
  }

  @Provides
  @Singleton
  LakeMaintenance maintenance(
      Provider<SparkSession> spark, LakeLocations lake, Provider<DeltaTables> delta) {
    return OnFirstUse.of(
        LakeMaintenance.class,
        () ->
            new DeltaLakeMaintenance(
                spark.get(), lake, new LakeTableFolders(spark.get(), lake, delta.get())));
  }
}
