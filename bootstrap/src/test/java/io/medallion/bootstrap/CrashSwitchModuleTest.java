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

  // A write halts from inside a Spark task, which gets the switch serialized.
  @Test
  void givenAPoint_theSwitch_staysArmedThereOnceSerializedForATask() throws Exception {
    FaultSwitch faults = faults(Optional.of(FaultPoint.GOLD_MID_WRITE));
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(faults);
    }

    Object copy;
    try (var in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }

    assertThat(((FaultSwitch) copy).armed(FaultPoint.GOLD_MID_WRITE)).isTrue();
    assertThat(((FaultSwitch) copy).armed(FaultPoint.RUN_LOCKED)).isFalse();
  }

  @Test
  void givenNoPoint_everyPoint_isPassedWithoutHalting() {
    for (FaultPoint point : FaultPoint.values()) {
      FaultSwitch.NONE.reached(point);
    }

    assertThat(FaultPoint.values()).noneMatch(FaultSwitch.NONE::armed);
  }

  private FaultSwitch faults(Optional<FaultPoint> crashAt) {
    return Guice.createInjector(
            new FilesystemModule(new FilesystemSettings(lake)), new CrashSwitchModule(crashAt))
        .getInstance(FaultSwitch.class);
  }
}
