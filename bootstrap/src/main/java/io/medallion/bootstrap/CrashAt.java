package io.medallion.bootstrap;

import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;

/** The fault switch of a crash test: armed for one point, where it halts the JVM at once. */
record CrashAt(FaultPoint point) implements FaultSwitch {

  @Override
  public boolean armed(FaultPoint reached) {
    return reached == point;
  }

  @Override
  public void halt() {
    Runtime.getRuntime().halt(HALT_STATUS);
  }
}
