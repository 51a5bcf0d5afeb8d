package io.medallion.application.port.out;

import io.medallion.domain.medallion.BronzeSpec;
import io.medallion.domain.table.TableName;
import java.util.Collection;
import java.util.Map;

/**
 * What the lake holds now, read from file listings and table logs without starting an engine: two
 * reads that return equal marks saw the same files and the same table versions.
 */
public interface LakeState {

  /**
   * Each file the feeds' bronze loads would read (landing and raw zone), by path, marked with its
   * size and modification time; a file replaced in place changes its mark.
   */
  Map<String, String> sourceFiles(Collection<BronzeSpec> feeds);

  /**
   * Every table of the lake but the run log's, marked with its latest commit (version and time): a
   * table rebuilt to the same version number is told apart; empty for a new lake.
   */
  Map<TableName, String> tableCommits();
}
