package io.medallion.adapters.adls;

/**
 * Turns the port's lake paths ({@code raw/x/a.csv}) into paths of the ADLS file system under the
 * root folder and back, refusing any that could leave the root.
 */
final class RootedPaths {

  private final String root;

  RootedPaths(String rootFolder) {
    this.root = rootFolder;
  }

  /** The file system path of lake path {@code path}. */
  String inFileSystem(String path) {
    check(path);
    return root.isEmpty() ? path : root + "/" + path;
  }

  /** The file system path of the lake itself; empty when the lake is the whole file system. */
  String rootFolder() {
    return root;
  }

  /** The lake path of file system path {@code name}, which lies under the root. */
  String inLake(String name) {
    return root.isEmpty() ? name : name.substring(root.length() + 1);
  }

  private static void check(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw notALakePath(path);
    }
    // Backslashes and colons are refused as the filesystem adapter refuses them, so that a path
    // valid in one lake is valid in the other.
    if (path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) {
      throw notALakePath(path);
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw notALakePath(path);
      }
    }
  }

  private static IllegalArgumentException notALakePath(String path) {
    return new IllegalArgumentException(
        "not a lake file path (relative, '/'-separated, no empty, '.' or '..' parts): " + path);
  }
}
