package io.medallion.adapters.filesystem;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import io.medallion.application.port.out.LakeBusyException;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.run.RunId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A run in a process of its own, for the run lock tests: {@code <lake> <run id> <signal folder>}.
 * It says it is ready, waits for a {@code go} file, tries the lake once, writes {@code won} or
 * {@code busy} to a file named for its run, and holds what it won until a {@code stop} file shows.
 */
final class LockContender {

  private LockContender() {}

  public static void main(String[] args) throws Exception {
    Path lake = Path.of(args[0]);
    RunId run = new RunId(args[1]);
    Path signals = Path.of(args[2]);
    FileRunLock lock = new FileRunLock(lake, Duration.ofSeconds(10), Duration.ofMinutes(2));
    // Resolved before the start, so that the race is not won by whoever looks up its host first.
    LockingProcess.current();
    signal(signals, "ready-" + run, "");
    awaitFile(signals.resolve("go"));
    RunLock.Lease lease = null;
    String outcome = "busy";
    try {
      lease = lock.acquire(run, Duration.ZERO);
      outcome = "won";
    } catch (LakeBusyException lost) {
      // Losing is one of the two outcomes reported.
    }
    signal(signals, run.value(), outcome);
    awaitFile(signals.resolve("stop"));
    if (lease != null) {
      lease.close();
    }
  }

  private static void signal(Path signals, String name, String content) throws Exception {
    Path partial = Files.writeString(signals.resolve(name + ".partial"), content);
    Files.move(partial, signals.resolve(name), ATOMIC_MOVE);
  }

  private static void awaitFile(Path file) throws InterruptedException {
    while (!Files.exists(file)) {
      Thread.sleep(2);
    }
  }
}
