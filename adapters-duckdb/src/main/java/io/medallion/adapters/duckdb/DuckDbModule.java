package io.medallion.adapters.duckdb;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.port.out.WarehouseConsole;
import java.time.Clock;
import java.util.Objects;

/** Binds {@link Warehouse} and its {@link WarehouseConsole} to one DuckDB database file. */
public final class DuckDbModule extends AbstractModule {

  private final DuckDbSettings settings;

  public DuckDbModule(DuckDbSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
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
  Warehouse warehouse(FaultSwitch faults) {
    return new DuckDbWarehouse(
        new DuckDbConnections(settings.databaseFile()), Clock.systemUTC(), faults);
  }

  @Provides
  @Singleton
  WarehouseConsole console() {
    return new DuckDbConsole(new DuckDbConnections(settings.databaseFile()));
  }
}
