package io.medallion.adapters.filesystem;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lets one process at a time change a lock file that exists, through an OS lock on a file beside
 * it. The OS lets go when a process dies, so the guard never goes stale itself; it is held for a
 * few file operations only, never for a run.
 */
final class LockGuard {

  // The OS lock belongs to the whole JVM (a second lock on the file throws), so threads queue here.
  private static final Object THIS_JVM = new Object();

  private final Path file;

  LockGuard(Path file) {
    this.file = file;
  }

  /** Work done while holding the guard. */
  interface Guarded<T> {
    T run() throws IOException;
  }

  <T> T hold(Guarded<T> work) throws IOException {
    synchronized (THIS_JVM) {
      Files.createDirectories(file.getParent());
      // Never deleted: a process could otherwise lock a file whose name another just replaced.
      try (FileChannel channel = FileChannel.open(file, CREATE, WRITE);
          FileLock lock = channel.lock()) {
        return work.run();
      }
    }
  }
}
