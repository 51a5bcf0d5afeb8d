package io.medallion.adapters.adls;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.RunLock;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;

/**
 * Binds {@link LakeStorage} to a folder of an ADLS Gen2 file system, and its {@link RunLock} to a
 * lease on a file in that folder; the secret the settings name is looked up in {@code environment}
 * (bootstrap hands in {@code System::getenv}).
 */
public final class AdlsModule extends AbstractModule {

  private final AdlsSettings settings;
  private final Function<String, String> environment;

  public AdlsModule(AdlsSettings settings, Function<String, String> environment) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.environment = Objects.requireNonNull(environment, "environment");
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
  LakeStorage lakeStorage(FaultSwitch faults) {
    var fileSystem = new FileSystemConnector(settings, environment).connect();
    var sweep =
        new OrphanSweep(
            fileSystem, settings.rootFolder(), settings.sweepAfter(), Clock.systemUTC());
    return new AdlsLakeStorage(
        fileSystem, new RootedPaths(settings.rootFolder()), sweep::sweep, faults);
  }

  @Provides
  @Singleton
  RunLock runLock() {
    var fileSystem = new FileSystemConnector(settings, environment).connectBlobs();
    return new AdlsRunLock(
        new LockBlob(fileSystem, settings.rootFolder()),
        AdlsRunLock.DEFAULT_LEASE,
        AdlsRunLock.DEFAULT_HEARTBEAT);
  }
}
