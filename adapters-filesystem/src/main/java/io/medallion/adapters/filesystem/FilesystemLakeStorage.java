package io.medallion.adapters.filesystem;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The lake in a folder of the local disk. A write lands its bytes, synced, in a temporary file
 * beside the target and then publishes that file under the target's name.
 *
 * <p>Publishing is a hard link ({@code link(2)}, {@code CreateHardLink}): the OS creates the new
 * name atomically, over a file already complete, and refuses with {@link
 * FileAlreadyExistsException} if the name is taken, so two racing writers cannot overwrite each
 * other. A rename could not give that: {@code Files.move} with {@code ATOMIC_MOVE} replaces an
 * existing target on POSIX, and checking first leaves a window between check and move. The cost is
 * a file system that supports hard links (every local one we target does); one that does not makes
 * the write fail loudly rather than publish unsafely.
 */
final class FilesystemLakeStorage implements LakeStorage {

  // Spark and Hadoop skip files whose names start with '_' or '.', so a reader listing the
  // folder never picks up a file still being written.
  private static final String TEMP_PREFIX = "_";

  private final Path root;
  private final FaultSwitch faults;

  FilesystemLakeStorage(Path root) {
    this(root, FaultSwitch.NONE);
  }

  FilesystemLakeStorage(Path root, FaultSwitch faults) {
    this.root = root.toAbsolutePath().normalize();
    this.faults = faults;
  }

  @Override
  public boolean exists(String path) {
    return Files.isRegularFile(resolve(path));
  }

  @Override
  public void write(String path, byte[] content) {
    Path target = resolve(path);
    // Only a fast way out before copying the bytes; the link below is the real guard.
    if (Files.exists(target)) {
      throw alreadyExists(path, null);
    }
    createFolder(target.getParent(), path);
    Path temp = target.resolveSibling(TEMP_PREFIX + target.getFileName() + "." + UUID.randomUUID());
    try {
      writeSynced(temp, content);
      faults.reached(FaultPoint.LAND_BEFORE_RENAME);
      publish(temp, target, path);
      faults.reached(FaultPoint.LAND_AFTER_RENAME);
    } catch (IOException e) {
      throw withoutTemp(temp, new UncheckedIOException("could not write lake file " + path, e));
    } catch (RuntimeException e) {
      throw withoutTemp(temp, e);
    }
    removePublishedTemp(temp, path);
  }

  @Override
  public byte[] read(String path) {
    try {
      return Files.readAllBytes(resolve(path));
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("no lake file " + path, e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read lake file " + path, e);
    }
  }

  @Override
  public List<String> list(String folder) {
    try (Stream<Path> entries = Files.list(resolve(folder))) {
      return entries
          .filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString())
          .filter(name -> !name.startsWith(TEMP_PREFIX) && !name.startsWith("."))
          .sorted()
          .map(name -> folder + "/" + name)
          .toList();
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list lake folder " + folder, e);
    }
  }

  @Override
  public List<String> listRecursive(String folder) {
    Path start = resolve(folder);
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    try {
      return VisibleFiles.under(start).stream()
          .map(below -> folder + "/" + below)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list lake folder " + folder, e);
    }
  }

  @Override
  public void delete(String path) {
    Path file = resolve(path);
    // Files.delete would also take an empty folder, which is no lake file.
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no lake file " + path);
    }
    try {
      Files.delete(file);
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("no lake file " + path, e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete lake file " + path, e);
    }
  }

  @Override
  public List<String> problems() {
    return LakeFolderProbe.problems(root);
  }

  private static void writeSynced(Path temp, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, CREATE_NEW, WRITE)) {
      ByteBuffer bytes = ByteBuffer.wrap(content);
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      // The bytes must be on disk before the name that readers trust points at them.
      channel.force(true);
    }
  }

  private static void publish(Path temp, Path target, String path) throws IOException {
    try {
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException e) {
      throw alreadyExists(path, e);
    }
  }

  private static void createFolder(Path folder, String path) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the folder of lake file " + path, e);
    }
  }

  private static RuntimeException withoutTemp(Path temp, RuntimeException failure) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  private static void removePublishedTemp(Path temp, String path) {
    // After the link the temporary name is a second name of the published file, not a copy.
    try {
      Files.delete(temp);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "published lake file " + path + " but could not remove " + temp.getFileName(), e);
    }
  }

  private static IllegalStateException alreadyExists(String path, Throwable cause) {
    return new IllegalStateException("a lake file is never overwritten: " + path, cause);
  }

  private Path resolve(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw notALakePath(path);
    }
    // A backslash or a colon would be a separator or a drive on Windows, and Hadoop reads a
    // colon as a URI scheme.
    if (path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) {
      throw notALakePath(path);
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw notALakePath(path);
      }
    }
    Path resolved = root.resolve(path).normalize();
    if (!resolved.startsWith(root) || resolved.equals(root)) {
      throw notALakePath(path);
    }
    return resolved;
  }

  private static IllegalArgumentException notALakePath(String path) {
    return new IllegalArgumentException(
        "not a lake file path (relative, '/'-separated, no empty, '.' or '..' parts): " + path);
  }
}
