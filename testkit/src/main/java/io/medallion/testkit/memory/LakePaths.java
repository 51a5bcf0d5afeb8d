package io.medallion.testkit.memory;

/** Checks lake paths as every lake adapter must: relative, no empty or dot segments. */
final class LakePaths {

  private LakePaths() {}

  static String checked(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
      throw new IllegalArgumentException("not a lake file path: " + path);
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("not a lake file path: " + path);
      }
    }
    return path;
  }
}
