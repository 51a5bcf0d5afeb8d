package io.medallion.application.port.out;

/**
 * The lake's files, by path relative to its root ({@code raw/netflix_cast/x.csv}). A write is
 * atomic (readers see the whole file or none) and never replaces an existing file.
 */
public interface LakeStorage {
  boolean exists(String path);

  /** Writes a new file; fails if {@code path} exists. */
  void write(String path, byte[] content);
}
