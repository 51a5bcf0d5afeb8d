package io.medallion.application.port.out;

import java.io.Serializable;

/**
 * Halts the process at one named point of a run, the way a crash would, so tests can prove a rerun
 * repairs it; the product's default switch is {@link #NONE}, which never halts. A switch is
 * serializable: a write halts from inside the engine's task that holds it.
 */
public interface FaultSwitch extends Serializable {

  /** Never halts. */
  FaultSwitch NONE = point -> false;

  /** The exit status of a halted process, as a kill -9 would leave it. */
  int HALT_STATUS = 137;

  /** Whether the process is to halt at {@code point}. */
  boolean armed(FaultPoint point);

  /**
   * Ends the process at once with {@link #HALT_STATUS}, no cleanup run; only a switch that can be
   * armed needs to know how, and the one that can is made where the process starts.
   */
  default void halt() {
    throw new UnsupportedOperationException("this fault switch cannot halt the process");
  }

  /** Halts the process when armed for {@code point}; else returns. */
  default void reached(FaultPoint point) {
    if (armed(point)) {
      halt();
    }
  }
}
