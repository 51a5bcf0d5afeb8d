package io.medallion.adapters.spark;

import io.delta.kernel.Snapshot;
import io.delta.kernel.Table;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.exceptions.TableNotFoundException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/** Each table's latest commit read by Delta Kernel from its log, in process: no Spark session. */
final class KernelCommits implements ListedLakeState.Commits {

  private final Engine engine;

  KernelCommits(Configuration hadoop) {
    this.engine = DefaultEngine.create(hadoop);
  }

  @Override
  public Optional<String> latest(String tablePath) {
    try {
      Snapshot snapshot = Table.forPath(engine, tablePath).getLatestSnapshot(engine);
      return Optional.of(
          ListedLakeState.markOf(snapshot.getVersion(), snapshot.getTimestamp(engine)));
    } catch (TableNotFoundException e) {
      return Optional.empty();
    }
  }
}
