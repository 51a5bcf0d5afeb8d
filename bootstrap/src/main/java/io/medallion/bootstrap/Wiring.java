package io.medallion.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.medallion.adapters.adls.AdlsModule;
import io.medallion.adapters.duckdb.DuckDbModule;
import io.medallion.adapters.filesystem.FilesystemModule;
import io.medallion.adapters.http.AlertPolicy;
import io.medallion.adapters.http.HttpModule;
import io.medallion.adapters.http.WebhookAlerts;
import io.medallion.adapters.spark.SparkModule;
import io.medallion.adapters.synapse.SynapseModule;
import io.medallion.application.port.in.ReadReportingViewUseCase;
import io.medallion.application.port.out.RunProgress;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the adapter modules for each command: the embedded default (local disk, Spark, DuckDB),
 * or a lake in ADLS and a Synapse warehouse as the settings say. The environment the settings carry
 * goes to the Azure modules, which look their secrets up in it.
 */
final class Wiring {

  private Wiring() {}

  static Injector pipeline(MedallionSettings settings, RunProgress progress) {
    return Guice.createInjector(pipelineModules(settings, progress));
  }

  /** Every port of a run: sources, lake, engine, warehouse, and the crash switch if set. */
  static List<Module> pipelineModules(MedallionSettings settings, RunProgress progress) {
    return List.of(
        new HttpModule(settings.http()),
        lake(settings),
        new SparkModule(settings.spark()),
        warehouse(settings),
        new CrashSwitchModule(settings.crashAt()),
        new UseCaseModule.Pipeline(listeners(settings, progress)));
  }

  /** Who hears a run besides the console: the log's fields, the webhook's alerts, the metrics. */
  static RunProgress listeners(MedallionSettings settings, RunProgress console) {
    List<RunProgress> listeners = new ArrayList<>(List.of(console, new LogFields()));
    settings
        .alerts()
        .webhook()
        .ifPresent(
            webhook ->
                listeners.add(
                    new WebhookAlerts(
                        webhook,
                        settings.alerts().warnings()
                            ? AlertPolicy.FAILURES_AND_WARNINGS
                            : AlertPolicy.FAILURES,
                        settings.http())));
    listeners.add(ProcessTelemetry.progress());
    return RunProgress.all(listeners);
  }

  /** The probes of a run's sources, lake and warehouse: no Spark, no run lock taken. */
  static Injector validate(MedallionSettings settings) {
    return Guice.createInjector(validateModules(settings));
  }

  static List<Module> validateModules(MedallionSettings settings) {
    return List.of(
        new HttpModule(settings.http()),
        lake(settings),
        warehouse(settings),
        new UseCaseModule.Validate());
  }

  static Injector tables(MedallionSettings settings) {
    return Guice.createInjector(new SparkModule(settings.spark()), new UseCaseModule.Tables());
  }

  static Injector history(MedallionSettings settings) {
    return Guice.createInjector(new SparkModule(settings.spark()), new UseCaseModule.History());
  }

  static Injector explain(MedallionSettings settings) {
    return Guice.createInjector(new SparkModule(settings.spark()), new UseCaseModule.Explain());
  }

  static Injector maintenance(MedallionSettings settings) {
    return Guice.createInjector(
        new SparkModule(settings.spark()), lake(settings), new UseCaseModule.Maintenance());
  }

  static Injector protection(MedallionSettings settings) {
    return Guice.createInjector(new SparkModule(settings.spark()), new UseCaseModule.Protection());
  }

  static Injector query(MedallionSettings settings) {
    if (settings.synapse().isPresent()) {
      throw new IllegalArgumentException(
          "medallion query reads the local DuckDB warehouse only; with medallion.warehouse ="
              + " synapse, query Synapse with its own tools (sqlcmd, Synapse Studio)");
    }
    return Guice.createInjector(new DuckDbModule(settings.duckDb()), new UseCaseModule.Query());
  }

  /**
   * The use case the dashboard reads the reporting views through, from whichever warehouse the
   * settings name; a local one must exist.
   */
  static ReadReportingViewUseCase dashboard(MedallionSettings settings) {
    if (settings.synapse().isEmpty() && !settings.warehouseFile().toFile().isFile()) {
      throw new IllegalArgumentException(
          "no warehouse at " + settings.warehouseFile() + ": run `medallion demo` first");
    }
    return Guice.createInjector(warehouse(settings), new UseCaseModule.Reporting())
        .getInstance(ReadReportingViewUseCase.class);
  }

  /**
   * The lake's storage and its run lock: the local folder's, or the ADLS folder's, whose module is
   * the one to bind the lock that works across machines.
   */
  private static Module lake(MedallionSettings settings) {
    return settings
        .adls()
        .<Module>map(lake -> new AdlsModule(lake.settings(), settings.environment()))
        .orElseGet(() -> new FilesystemModule(settings.filesystem()));
  }

  private static Module warehouse(MedallionSettings settings) {
    return settings
        .synapse()
        .<Module>map(synapse -> new SynapseModule(synapse, settings.environment()))
        .orElseGet(() -> new DuckDbModule(settings.duckDb()));
  }
}
