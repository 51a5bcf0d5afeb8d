package io.medallion.benchmarks;

import java.time.Duration;

/**
 * One child process run to its end: its exit code, wall time, and peak resident memory (the
 * kernel's high-water mark, sampled while it ran).
 */
record Measured(int exitCode, Duration wall, long peakRssKb) {

  double seconds() {
    return wall.toMillis() / 1000.0;
  }

  long peakRssMb() {
    return peakRssKb / 1024;
  }
}
