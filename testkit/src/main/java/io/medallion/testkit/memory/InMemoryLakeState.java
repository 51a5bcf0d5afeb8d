package io.medallion.testkit.memory;

import io.medallion.application.port.out.LakeState;
import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The in-memory lake's state: a file is marked by its length and content (the in-memory lake keeps
 * no times), a table by its version and its latest rows (a table rebuilt to the same version number
 * holds other rows).
 */
public final class InMemoryLakeState implements LakeState {

  private final InMemoryLakeStorage lake;
  private final InMemoryLayerEngine engine;

  public InMemoryLakeState(InMemoryLakeStorage lake, InMemoryLayerEngine engine) {
    this.lake = lake;
    this.engine = engine;
  }

  @Override
  public Map<String, String> sourceFiles(Collection<BronzeSpec> feeds) {
    SortedMap<String, String> files = new TreeMap<>();
    for (BronzeSpec feed : feeds) {
      PathMatcher glob = FileSystems.getDefault().getPathMatcher("glob:" + feed.fileGlob());
      for (String path : lake.list(feed.sourceFolder())) {
        if (glob.matches(Path.of(path).getFileName())) {
          byte[] content = lake.read(path);
          files.put(path, content.length + " bytes #" + Arrays.hashCode(content));
        }
      }
    }
    return files;
  }

  @Override
  public Map<TableName, String> tableCommits() {
    SortedMap<TableName, String> commits = new TreeMap<>();
    for (TableName table : engine.tables()) {
      if (table.layer() != Layer.META) {
        commits.put(table, "v" + engine.version(table) + " #" + engine.rows(table).hashCode());
      }
    }
    return commits;
  }
}
