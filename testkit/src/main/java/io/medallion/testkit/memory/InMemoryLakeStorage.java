package io.medallion.testkit.memory;

import io.medallion.application.port.out.LakeStorage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A lake held in memory: path to bytes. */
public final class InMemoryLakeStorage implements LakeStorage {

  private final ConcurrentSkipListMap<String, byte[]> files = new ConcurrentSkipListMap<>();
  private volatile List<String> problems = List.of();

  @Override
  public boolean exists(String path) {
    return files.containsKey(LakePaths.checked(path));
  }

  @Override
  public void write(String path, byte[] content) {
    if (files.putIfAbsent(LakePaths.checked(path), content.clone()) != null) {
      throw new IllegalStateException("a lake file is never overwritten: " + path);
    }
  }

  @Override
  public byte[] read(String path) {
    byte[] content = files.get(LakePaths.checked(path));
    if (content == null) {
      throw new IllegalStateException("no lake file " + path);
    }
    return content.clone();
  }

  @Override
  public List<String> list(String folder) {
    String prefix = LakePaths.checked(folder) + "/";
    // The map sorts paths as String does, the order a listing of the disk is sorted in too.
    return files.tailMap(prefix).keySet().stream()
        .takeWhile(path -> path.startsWith(prefix))
        .filter(path -> isListed(path.substring(prefix.length())))
        .toList();
  }

  private static boolean isListed(String name) {
    return name.indexOf('/') < 0 && !name.startsWith("_") && !name.startsWith(".");
  }

  @Override
  public List<String> listRecursive(String folder) {
    String prefix = LakePaths.checked(folder) + "/";
    return files.tailMap(prefix).keySet().stream()
        .takeWhile(path -> path.startsWith(prefix))
        .filter(path -> isVisible(path.substring(prefix.length())))
        .toList();
  }

  private static boolean isVisible(String below) {
    for (String part : below.split("/")) {
      if (part.startsWith("_") || part.startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void delete(String path) {
    if (files.remove(LakePaths.checked(path)) == null) {
      throw new IllegalStateException("no lake file " + path);
    }
  }

  @Override
  public List<String> problems() {
    return problems;
  }

  /** From now on, {@link #problems} reports these (for a validation's tests). */
  public InMemoryLakeStorage reporting(String... problems) {
    this.problems = List.of(problems);
    return this;
  }

  /** Every file under {@code folder}, by path. */
  public Map<String, byte[]> filesUnder(String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return new TreeMap<>(files.subMap(prefix, prefix + Character.MAX_VALUE));
  }
}
