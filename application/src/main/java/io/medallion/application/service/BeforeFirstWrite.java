package io.medallion.application.service;

import io.medallion.application.port.out.LakeStorage;
import java.util.List;

/**
 * The lake as it is, running {@code first} before any write or delete reaches it: a run that may
 * find nothing new notes its start only once it changes something.
 */
final class BeforeFirstWrite implements LakeStorage {

  private final LakeStorage lake;
  private final Runnable first;

  BeforeFirstWrite(LakeStorage lake, Runnable first) {
    this.lake = lake;
    this.first = first;
  }

  @Override
  public boolean exists(String path) {
    return lake.exists(path);
  }

  @Override
  public void write(String path, byte[] content) {
    first.run();
    lake.write(path, content);
  }

  @Override
  public byte[] read(String path) {
    return lake.read(path);
  }

  @Override
  public List<String> list(String folder) {
    return lake.list(folder);
  }

  @Override
  public List<String> listRecursive(String folder) {
    return lake.listRecursive(folder);
  }

  @Override
  public void delete(String path) {
    first.run();
    lake.delete(path);
  }

  @Override
  public List<String> problems() {
    return lake.problems();
  }
}
