package io.medallion.application.port.out;

/**
 * Halts the process at one named point of a run, the way a crash would, so tests can prove a rerun
 * repairs it; the product's default switch is {@link #NONE}, which never halts.
 */
public interface FaultSwitch {

  /** Never halts. */
  FaultSwitch NONE = point -> false;

  /** The exit status of a halted process, as a kill -9 would leave it. */
  int HALT_STATUS = 137;

  /** Whether the process is to halt at {@code point}. */
  boolean armed(FaultPoint point);

  /** Halts the process at once, no cleanup run, when armed for {@code point}; else returns. */
  default void reached(FaultPoint point) {
    if (armed(point)) {
      Runtime.getRuntime().halt(FaultSwitch.HALT_STATUS);
    }
  }
}
