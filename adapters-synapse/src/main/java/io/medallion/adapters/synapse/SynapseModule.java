package io.medallion.adapters.synapse;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.medallion.adapters.synapse.SynapseSettings.Mode;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.port.out.WarehouseConsole;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * Binds {@link Warehouse} and its {@link WarehouseConsole} to Azure Synapse. The environment is
 * handed in (bootstrap passes {@code System::getenv}) so that only bootstrap reads it; the secret
 * is looked up when connecting.
 */
public final class SynapseModule extends AbstractModule {

  private final SynapseSettings settings;
  private final Function<String, String> environment;

  public SynapseModule(SynapseSettings settings, Function<String, String> environment) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Provides
  @Singleton
  SqlRetry retry() {
    ConnectionSource connections = new DriverConnections(settings, environment);
    return new SqlRetry(connections, settings.retry(), wait -> Thread.sleep(wait.toMillis()));
  }

  @Provides
  @Singleton
  Warehouse warehouse(SqlRetry retry) {
    return new SynapseWarehouse(loader(settings), retry, Clock.systemUTC());
  }

  @Provides
  @Singleton
  WarehouseConsole console(SqlRetry retry) {
    return new SynapseConsole(retry);
  }

  static SnapshotLoader loader(SynapseSettings settings) {
    return settings.mode() == Mode.SERVERLESS
        ? new ServerlessLoader(
            StorageUrl.parseFolder(settings.goldRoot()),
            settings.dataSourceCredential(),
            ReportingViews.overGold())
        : new DedicatedLoader(settings.storageAccess(), ReportingViews.standard());
  }
}
