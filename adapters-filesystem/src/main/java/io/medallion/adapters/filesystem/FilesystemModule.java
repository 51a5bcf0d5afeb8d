package io.medallion.adapters.filesystem;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.medallion.application.port.out.LakeStorage;
import java.util.Objects;

/** Binds {@link LakeStorage} to the lake folder on the local disk. */
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
}
