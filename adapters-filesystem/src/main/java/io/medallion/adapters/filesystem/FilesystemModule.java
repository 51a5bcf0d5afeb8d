package io.medallion.adapters.filesystem;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.RunLock;
import java.util.Objects;

/** Binds {@link LakeStorage} and its {@link RunLock} to the lake folder on the local disk. */
public final class FilesystemModule extends AbstractModule {

  private final FilesystemSettings settings;

  public FilesystemModule(FilesystemSettings settings) {
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
  LakeStorage lakeStorage(FaultSwitch faults) {
    return new FilesystemLakeStorage(settings.lakeRoot(), faults);
  }

  @Provides
  @Singleton
  RunLock runLock() {
    return new FileRunLock(
        settings.lakeRoot(), settings.lockHeartbeat(), settings.lockStaleAfter());
  }
}
