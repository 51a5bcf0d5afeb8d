package io.medallion.adapters.spark;

import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.medallion.application.port.out.LakeState;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.medallion.Layer;
import io.medallion.domain.medallion.TableName;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The lake's state read with Hadoop's file listings and Delta Kernel's view of each table's log, in
 * process: no Spark session is started, so a run with nothing new costs a JVM and a few listings.
 */
final class KernelLakeState implements LakeState {

  private final LakeLocations lake;
  private final Configuration hadoop;
  private final Engine engine;

  KernelLakeState(LakeLocations lake, Configuration hadoop) {
    this.lake = lake;
    this.hadoop = hadoop;
    this.engine = io.delta.kernel.defaults.engine.DefaultEngine.create(hadoop);
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
    SortedMap<TableName, String> commits = new TreeMap<>();
    for (Layer layer : Layer.values()) {
      if (layer == Layer.META) {
        continue;
      }
      for (FileStatus folder : list(new Path(lake.folder(layer.id())))) {
        String name = folder.getPath().getName();
        if (folder.isDirectory() && name.matches("[a-z][a-z0-9_]*")) {
          TableName table = TableName.of(layer, name);
          latestCommit(lake.table(table)).ifPresent(mark -> commits.put(table, mark));
        }
      }
    }
    return commits;
  }

  /** The table's latest version and its commit's time; empty when the folder holds no table. */
  private Optional<String> latestCommit(String path) {
    try {
      Snapshot snapshot = Table.forPath(engine, path).getLatestSnapshot(engine);
      return Optional.of("v" + snapshot.getVersion() + " @" + snapshot.getTimestamp(engine));
    } catch (TableNotFoundException e) {
      return Optional.empty();
    }
  }

  private FileStatus[] glob(Path pattern) {
    try {
      FileStatus[] found = pattern.getFileSystem(hadoop).globStatus(pattern);
      return found == null ? new FileStatus[0] : found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + pattern, e);
    }
  }

  private FileStatus[] list(Path folder) {
    try {
      FileSystem fs = folder.getFileSystem(hadoop);
      return fs.listStatus(folder);
    } catch (FileNotFoundException e) {
      return new FileStatus[0];
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
