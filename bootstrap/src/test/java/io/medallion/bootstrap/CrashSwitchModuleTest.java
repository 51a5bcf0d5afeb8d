package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import io.medallion.adapters.filesystem.FilesystemModule;
import io.medallion.adapters.filesystem.FilesystemSettings;
import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashSwitchModuleTest {

  @TempDir Path lake;

  @Test
  void givenAPoint_theSwitch_isArmedThereOnly() {
    FaultSwitch faults = faults(Optional.of(FaultPoint.GOLD_MID_WRITE));

    assertThat(faults.armed(FaultPoint.GOLD_MID_WRITE)).isTrue();
    assertThat(faults.armed(FaultPoint.RUN_LOCKED)).isFalse();
  }

  @Test
  void givenNoPoint_theAdaptersDefault_neverHalts() {
    FaultSwitch faults = faults(Optional.empty());

    assertThat(faults).isSameAs(FaultSwitch.NONE);
  }

  private FaultSwitch faults(Optional<FaultPoint> crashAt) {
    return Guice.createInjector(
            new FilesystemModule(new FilesystemSettings(lake)), new CrashSwitchModule(crashAt))
        .getInstance(FaultSwitch.class);
  }
}
