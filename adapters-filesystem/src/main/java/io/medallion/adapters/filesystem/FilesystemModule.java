package io.medallion.adapters.filesystem;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.RunLock;
import java.util.Objects;

/** Binds {@link LakeStorage} and its {@link RunLock} to the lake folder on the local disk. */
public final class FilesystemModule extends AbstractModule {

  private final FilesystemSettings settings;

  public FilesystemModule(FilesystemSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Provides
  @Singleton
  LakeStorage lakeStorage() {
    return new FilesystemLakeStorage(settings.lakeRoot());
  }

  @Provides
  @Singleton
  RunLock runLock() {
    return new FileRunLock(
        settings.lakeRoot(), settings.lockHeartbeat(), settings.lockStaleAfter());
  }
}
