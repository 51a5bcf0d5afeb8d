package io.medallion.adapters.spark;

import io.medallion.application.port.out.LakeState;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * The lake's state read with Hadoop's file listings and each table's log: on a laptop by Delta
 * Kernel, in process, so that a run with nothing new starts no Spark session; on a cluster, whose
 * session is up anyway and whose runtime brings Delta but not Kernel, by Delta's own log reader.
 */
final class ListedLakeState implements LakeState {

  /** A table's latest commit as a mark (version and time); empty when the folder holds none. */
  interface Commits {
    Optional<String> latest(String tablePath);
  }

  private final LakeLocations lake;
  private final Configuration hadoop;
  private final Commits commits;

  ListedLakeState(LakeLocations lake, Configuration hadoop, Commits commits) {
    this.lake = lake;
    this.hadoop = hadoop;
    this.commits = commits;
  }

  /** The marks as Delta Kernel reads them: no Spark. */
  static Commits byKernel(Configuration hadoop) {
    return new KernelCommits(hadoop);
  }

  /** The marks as a running session's Delta reads them, without a Spark job. */
  static Commits byDelta(DeltaTables delta) {
    return path -> {
      if (!delta.exists(path)) {
        return Optional.empty();
      }
      var snapshot = delta.snapshot(path);
      return Optional.of(markOf(snapshot.version(), snapshot.timestamp()));
    };
  }

  static String markOf(long version, long commitMillis) {
    return "v" + version + " @" + commitMillis;
  }

  @Override
  public Map<String, String> sourceFiles(Collection<BronzeSpec> feeds) {
    SortedMap<String, String> files = new TreeMap<>();
    for (BronzeSpec feed : feeds) {
      for (FileStatus file : glob(new Path(lake.folder(feed.sourceFolder()), feed.fileGlob()))) {
        if (file.isFile()) {
          files.put(
              file.getPath().toString(), file.getLen() + " bytes @" + file.getModificationTime());
        }
      }
    }
    return files;
  }

  @Override
  public Map<TableName, String> tableCommits() {
    SortedMap<TableName, String> marks = new TreeMap<>();
    for (TableName table : LakeTableFolders.candidates(lake, hadoop)) {
      if (table.layer() != Layer.META) {
        commits.latest(lake.table(table)).ifPresent(mark -> marks.put(table, mark));
      }
    }
    return marks;
  }

  private FileStatus[] glob(Path pattern) {
    try {
      FileStatus[] found = pattern.getFileSystem(hadoop).globStatus(pattern);
      return found == null ? new FileStatus[0] : found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + pattern, e);
    }
  }
}
