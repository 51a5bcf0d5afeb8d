package io.medallion.adapters.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.run.RunId;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemModuleTest {

  @Test
  void givenTheModule_lakeStorage_isOneSharedLakeUnderTheConfiguredRoot(@TempDir Path root) {
    Injector injector =
        Guice.createInjector(new FilesystemModule(new FilesystemSettings(root.resolve("lake"))));

    LakeStorage lake = injector.getInstance(LakeStorage.class);
    lake.write("raw/x/a.csv", new byte[] {1});

    assertThat(injector.getInstance(LakeStorage.class)).isSameAs(lake);
    assertThat(root.resolve("lake/raw/x/a.csv")).hasBinaryContent(new byte[] {1});
  }

  @Test
  void givenTheModule_runLock_isOneSharedLockInTheLakesLockFolder(@TempDir Path root) {
    Injector injector =
        Guice.createInjector(new FilesystemModule(new FilesystemSettings(root.resolve("lake"))));

    RunLock lock = injector.getInstance(RunLock.class);

    assertThat(injector.getInstance(RunLock.class)).isSameAs(lock);
    try (RunLock.Lease lease = lock.acquire(new RunId("20261124-100000-0001"), Duration.ZERO)) {
      assertThat(root.resolve("lake/_lock/run.lock")).content().contains("20261124-100000-0001");
    }
  }
}
