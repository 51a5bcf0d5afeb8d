package io.medallion.adapters.spark;

import io.medallion.domain.medallion.BronzeSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.delta.Snapshot;

/**
 * The manifests of the files each bronze table holds rows of, kept between the loads of one
 * process: a watcher's batch reads a table for them again only when the table has a commit this
 * process did not make (another process's run, a {@code maintain}, a table dropped and built anew),
 * not on every batch. Its own commits are added as it makes them. Tables are told apart by their
 * Delta id, so a table rebuilt to the same version number is read again.
 */
final class HeldFiles {

  private record Known(String tableId, long version, Set<FileManifest> files) {}

  private final DeltaTables delta;
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  HeldFiles(DeltaTables delta) {
    this.delta = delta;
  }

  /** The manifests of the files the table at {@code path} holds rows of; none when it is absent. */
  Set<FileManifest> of(String path) {
    Snapshot now = delta.snapshot(path);
    if (now.version() < 0) {
      known.remove(path);
      return Set.of();
    }
    String id = now.metadata().id();
    Known last = known.get(path);
    if (last != null && last.tableId().equals(id) && last.version() == now.version()) {
      return last.files();
    }
    Set<FileManifest> files = read(path);
    known.put(path, new Known(id, now.version(), files));
    return files;
  }

  /**
   * Records this process's commit of {@code files}, which took the table from version {@code
   * before} to {@code after}. Kept only when it directly follows what is known (the run lock keeps
   * other writers out meanwhile); otherwise the next {@link #of} reads the table again.
   */
  void committed(String path, long before, long after, List<FileManifest> files) {
    known.computeIfPresent(
        path,
        (p, last) -> {
          if (last.version() != before || after != before + 1) {
            return null;
          }
          Set<FileManifest> now = new HashSet<>(last.files());
          now.addAll(files);
          return new Known(last.tableId(), after, Set.copyOf(now));
        });
  }

  private Set<FileManifest> read(String path) {
    Set<FileManifest> held = new HashSet<>();
    for (Row r :
        delta
            .read(path)
            .select(
                BronzeSpec.SOURCE_FILE,
                BronzeLoad.FILE_SIZE,
                BronzeLoad.FILE_MODIFIED,
                BronzeLoad.FILE_SHA256)
            .distinct()
            .collectAsList()) {
      // Rows of a release that kept no checksum identify no file version.
      if (!r.isNullAt(3)) {
        held.add(
            new FileManifest(
                r.getString(0), r.getLong(1), r.getTimestamp(2).getTime(), r.getString(3)));
      }
    }
    return Set.copyOf(held);
  }
}
