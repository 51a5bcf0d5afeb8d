package io.medallion.adapters.synapse;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.medallion.adapters.synapse.SynapseSettings.Mode;
import io.medallion.application.port.out.Warehouse;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * Binds {@link Warehouse} to Azure Synapse. The environment is handed in (bootstrap passes {@code
 * System::getenv}) so that only bootstrap reads it; the secret is looked up when connecting.
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
  Warehouse warehouse() {
    ConnectionSource connections = new DriverConnections(settings, environment);
    SqlRetry retry =
        new SqlRetry(connections, settings.retry(), wait -> Thread.sleep(wait.toMillis()));
    return new SynapseWarehouse(loader(settings), retry, Clock.systemUTC());
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
