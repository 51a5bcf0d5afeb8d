package io.medallion.application.port.out;

import io.medallion.application.run.RunId;
import java.time.Duration;

/**
 * One run at a time per lake. A lock left behind by a run that died (its process gone, or silent
 * past the adapter's staleness bound) is taken over, not waited for.
 */
public interface RunLock {

  /**
   * Takes the lake for {@code run}, waiting up to {@code wait} (zero: not at all) for another run
   * to finish; throws {@link LakeBusyException} naming the holder when it does not.
   */
  Lease acquire(RunId run, Duration wait);

  /** The lake held by one run until closed. */
  interface Lease extends AutoCloseable {
    @Override
    void close();
  }
}
