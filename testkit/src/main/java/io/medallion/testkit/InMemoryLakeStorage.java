package io.medallion.testkit;

import io.medallion.application.port.out.LakeStorage;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** A lake held in memory: path to bytes. */
public final class InMemoryLakeStorage implements LakeStorage {

  private final ConcurrentSkipListMap<String, byte[]> files = new ConcurrentSkipListMap<>();

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

  /** The file's bytes, if it exists. */
  public Optional<byte[]> read(String path) {
    return Optional.ofNullable(files.get(path)).map(byte[]::clone);
  }

  /** Every file under {@code folder}, by path. */
  public Map<String, byte[]> filesUnder(String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return new TreeMap<>(files.subMap(prefix, prefix + Character.MAX_VALUE));
  }
}
