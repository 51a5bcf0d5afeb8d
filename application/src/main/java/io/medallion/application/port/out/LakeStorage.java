package io.medallion.application.port.out;

import java.util.List;

/**
 * The lake's files, by path relative to its root ({@code raw/netflix_cast/x.csv}). A write is
 * atomic (readers see the whole file or none) and never replaces an existing file.
 */
public interface LakeStorage {
  boolean exists(String path);

  /** Writes a new file; fails if {@code path} exists. */
  void write(String path, byte[] content);

  /** The bytes of a file; fails naming the path if there is none. */
  byte[] read(String path);

  /**
   * The paths of the files directly in {@code folder}, sorted, leaving out those being written
   * (names starting with {@code _} or {@code .}); empty when the folder does not exist.
   */
  List<String> list(String folder);

  /**
   * The paths of every file under {@code folder} at any depth, sorted, leaving out those with a
   * part below the folder that starts with {@code _} or {@code .}; empty when it does not exist.
   */
  List<String> listRecursive(String folder);

  /** Deletes one file; fails naming the path if there is none (a folder is not a file). */
  void delete(String path);

  /**
   * What would keep a run from reading and writing the lake, found without writing or creating
   * anything: one line per problem, naming the lake; empty when none is seen.
   */
  List<String> problems();
}
