package io.medallion.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import java.util.Optional;

/**
 * Sets the fault switch every adapter halts by when {@code medallion.crash-at} names a point (for
 * crash tests); without it the adapters keep their default, which never halts.
 */
final class CrashSwitchModule extends AbstractModule {

  private final Optional<FaultPoint> crashAt;

  CrashSwitchModule(Optional<FaultPoint> crashAt) {
    this.crashAt = crashAt;
  }

  @Override
  protected void configure() {
    // The adapter modules set the default, which never halts; this only overrides it.
    crashAt.ifPresent(
        point ->
            OptionalBinder.newOptionalBinder(binder(), FaultSwitch.class)
                .setBinding()
                .toInstance(new CrashAt(point)));
  }
}
