package io.medallion.adapters.filesystem;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The run lock file of a lake, {@code _lock/run.lock} (a {@code _} folder, so Spark never reads
 * it), and what is done to it. Creating is atomic by itself: the holder's bytes are synced in a
 * file of their own, then hard-linked to the lock's name, which the OS refuses if taken. Removing
 * is done under a {@link LockGuard}, after reading the lock again: a lock judged stale, or judged
 * ours, is then still the one removed. A rename to a unique name would not be enough: between
 * reading a stale lock and renaming it, another process may have taken it over and made its own,
 * which the rename would then take away.
 */
final class LockFile {

  /** The lock as found, and when its holder last beat. */
  record Held(LockHolder holder, Instant heartbeat) {}

  private final Path folder;
  private final Path file;
  private final LockGuard guard;

  LockFile(Path lakeRoot) {
    this.folder = lakeRoot.resolve("_lock");
    this.file = folder.resolve("run.lock");
    this.guard = new LockGuard(folder.resolve("guard"));
  }

  Path path() {
    return file;
  }

  /** Makes {@code holder} the lock's; false if the lake already has a lock. */
  boolean create(LockHolder holder) throws IOException {
    Files.createDirectories(folder);
    Path own = folder.resolve("run.lock." + holder.lease());
    try {
      try (FileChannel channel = FileChannel.open(own, CREATE_NEW, WRITE)) {
        channel.write(ByteBuffer.wrap(holder.toBytes()));
        // A reader must never find the lock's name over a file still empty.
        channel.force(true);
      }
      Files.createLink(file, own);
      return true;
    } catch (FileAlreadyExistsException taken) {
      return false;
    } finally {
      Files.deleteIfExists(own);
    }
  }

  /** The lock as it is now; empty if the lake is free. */
  Optional<Held> read() throws IOException {
    try {
      LockHolder holder = LockHolder.parse(Files.readAllBytes(file), file);
      // Read after the holder: should the lock change in between, it looks fresher, never staler.
      Instant heartbeat = Files.getLastModifiedTime(file).toInstant();
      return Optional.of(new Held(holder, heartbeat));
    } catch (NoSuchFileException free) {
      return Optional.empty();
    }
  }

  /** Refreshes the heartbeat of the lock if {@code lease} still holds it; false if it does not. */
  boolean beat(String lease) throws IOException {
    Optional<Held> held = read();
    if (held.isEmpty() || !held.get().holder().lease().equals(lease)) {
      return false;
    }
    Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    return true;
  }

  /** Removes the lock if, read again under the guard, it is as {@code condition} wants. */
  boolean removeIf(Predicate<Held> condition) throws IOException {
    return guard.hold(
        () -> {
          Optional<Held> held = read();
          if (held.isEmpty() || !condition.test(held.get())) {
            return false;
          }
          Files.delete(file);
          return true;
        });
  }
}
