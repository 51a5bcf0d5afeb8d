package io.medallion.adapters.filesystem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a run could read and write the lake folder, found without creating anything: the folder,
 * or while it does not exist its nearest existing parent (where the first write creates it), must
 * be a folder that this process may read, enter and write.
 */
final class LakeFolderProbe {

  private LakeFolderProbe() {}

  static List<String> problems(Path root) {
    Path existing = root;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    String lake = "lake " + root + ": ";
    if (existing == null) {
      return List.of(lake + "no part of the path exists");
    }
    String which = existing.equals(root) ? "it" : "its nearest existing parent " + existing;
    if (!Files.isDirectory(existing)) {
      return List.of(lake + which + " is a file, not a folder");
    }
    List<String> problems = new ArrayList<>();
    if (!Files.isReadable(existing) || !Files.isExecutable(existing)) {
      problems.add(lake + which + " cannot be read");
    }
    if (!Files.isWritable(existing)) {
      problems.add(lake + which + " is not writable");
    }
    return List.copyOf(problems);
  }
}
