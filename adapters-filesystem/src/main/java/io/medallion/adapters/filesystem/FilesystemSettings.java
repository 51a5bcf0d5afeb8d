package io.medallion.adapters.filesystem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the lake lives on the local disk (the folder is created on first write), and how its run
 * lock tells a run that is gone: a run refreshes its lock every {@code lockHeartbeat}, and a lock
 * left silent for {@code lockStaleAfter} is taken over.
 */
public record FilesystemSettings(Path lakeRoot, Duration lockHeartbeat, Duration lockStaleAfter) {

  public static final Duration DEFAULT_LOCK_HEARTBEAT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_LOCK_STALE_AFTER = Duration.ofMinutes(2);

  public FilesystemSettings {
    Objects.requireNonNull(lakeRoot, "lakeRoot");
    Objects.requireNonNull(lockHeartbeat, "lockHeartbeat");
    Objects.requireNonNull(lockStaleAfter, "lockStaleAfter");
    if (lockHeartbeat.isNegative() || lockHeartbeat.isZero()) {
      throw new IllegalArgumentException("lockHeartbeat must be positive: " + lockHeartbeat);
    }
    // A beat or two missed to a pause or a slow disk must not make a live run look gone.
    if (lockStaleAfter.compareTo(lockHeartbeat.multipliedBy(3)) < 0) {
      throw new IllegalArgumentException(
          "lockStaleAfter must be at least three heartbeats: "
              + lockStaleAfter
              + " < 3 x "
              + lockHeartbeat);
    }
  }

  /** The lake at {@code lakeRoot} with the default heartbeat and staleness bound. */
  public FilesystemSettings(Path lakeRoot) {
    this(lakeRoot, DEFAULT_LOCK_HEARTBEAT, DEFAULT_LOCK_STALE_AFTER);
  }
}
