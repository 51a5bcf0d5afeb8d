package io.medallion.adapters.filesystem;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files under a folder at any depth, as '/'-separated paths relative to it, leaving out every
 * file or folder whose name starts with {@code _} or {@code .} (Spark's and Hadoop's hidden ones,
 * and writes in flight), without walking into those folders.
 */
final class VisibleFiles extends SimpleFileVisitor<Path> {

  private final Path start;
  private final List<String> found = new ArrayList<>();

  private VisibleFiles(Path start) {
    this.start = start;
  }

  static List<String> under(Path start) throws IOException {
    VisibleFiles visitor = new VisibleFiles(start);
    Files.walkFileTree(start, visitor);
    return visitor.found;
  }

  @Override
  public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
    return folder.equals(start) || isVisible(folder)
        ? FileVisitResult.CONTINUE
        : FileVisitResult.SKIP_SUBTREE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
    if (attributes.isRegularFile() && isVisible(file)) {
      found.add(
          start.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
    // A file deleted while the walk goes on is simply not there any more.
    if (failure instanceof NoSuchFileException) {
      return FileVisitResult.CONTINUE;
    }
    throw failure;
  }

  private static boolean isVisible(Path path) {
    String name = path.getFileName().toString();
    return !name.startsWith("_") && !name.startsWith(".");
  }
}
