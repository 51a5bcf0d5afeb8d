package io.medallion.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.medallion.adapters.duckdb.DuckDbModule;
import io.medallion.adapters.filesystem.FilesystemModule;
import io.medallion.adapters.http.HttpModule;
import io.medallion.adapters.spark.SparkModule;
import io.medallion.application.port.out.RunProgress;

/**
 * Chooses the adapter modules for each command: the embedded default (local disk, Spark, DuckDB).
 */
final class Wiring {

  private Wiring() {}

  static Injector pipeline(MedallionSettings settings, RunProgress progress) {
    return Guice.createInjector(
        new HttpModule(settings.http()),
        new FilesystemModule(settings.filesystem()),
        new SparkModule(settings.spark()),
        new DuckDbModule(settings.duckDb()),
        new CrashSwitchModule(settings.crashAt()),
        new UseCaseModule.Pipeline(progress));
  }

  static Injector tables(MedallionSettings settings) {
    return Guice.createInjector(new SparkModule(settings.spark()), new UseCaseModule.Tables());
  }

  static Injector history(MedallionSettings settings) {
    return Guice.createInjector(new SparkModule(settings.spark()), new UseCaseModule.History());
  }

  static Injector maintenance(MedallionSettings settings) {
    return Guice.createInjector(
        new SparkModule(settings.spark()),
        new FilesystemModule(settings.filesystem()),
        new UseCaseModule.Maintenance());
  }

  static Injector protection(MedallionSettings settings) {
    return Guice.createInjector(new SparkModule(settings.spark()), new UseCaseModule.Protection());
  }

  static Injector query(MedallionSettings settings) {
    return Guice.createInjector(new DuckDbModule(settings.duckDb()), new UseCaseModule.Query());
  }
}
