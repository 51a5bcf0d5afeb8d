package io.medallion.adapters.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.delta.DeltaHistoryManager;
import org.apache.spark.sql.delta.DeltaLog;
import org.apache.spark.sql.delta.actions.CommitInfo;
import org.apache.spark.sql.delta.util.FileNames;
import scala.Option;
import scala.jdk.javaapi.OptionConverters;

/**
 * What a table's commit files say, read in process: {@code DeltaTable.history()} would run a Spark
 * query for each question, and a run asks one per table.
 */
final class CommitFiles {

  private final DeltaLog log;
  private final long latest;

  private CommitFiles(DeltaLog log, long latest) {
    this.log = log;
    this.latest = latest;
  }

  /** The commits of the table's log as it is now. */
  static CommitFiles of(DeltaLog log) {
    return new CommitFiles(log, log.update(false, Option.empty(), Option.empty()).version());
  }

  /** The rows the latest commit wrote ({@code numOutputRows}), 0 when it says none. */
  long latestOutputRows() {
    return info(latest)
        .flatMap(info -> OptionConverters.toJava(info.operationMetrics()))
        .flatMap(metrics -> OptionConverters.toJava(metrics.get("numOutputRows")))
        .map(Long::parseLong)
        .orElse(0L);
  }

  /**
   * The user metadata of the latest commit whose metadata is {@code wanted}, walking back from the
   * latest commit (the one sought is the last or nearly); empty when none is, or the commits before
   * were cleaned up with the log.
   */
  Optional<String> latestUserMetadata(Predicate<String> wanted) {
    for (long v = latest; v >= 0; v--) {
      Optional<CommitInfo> info = info(v);
      if (info.isEmpty()) {
        return Optional.empty();
      }
      Optional<String> metadata = OptionConverters.toJava(info.get().userMetadata());
      if (metadata.filter(wanted).isPresent()) {
        return metadata;
      }
    }
    return Optional.empty();
  }

  /** One commit's info, read from its file; empty when the file is gone. */
  private Optional<CommitInfo> info(long version) {
    Path file = FileNames.unsafeDeltaFile(log.logPath(), version);
    try {
      if (!file.getFileSystem(log.newDeltaHadoopConf()).exists(file)) {
        return Optional.empty();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return OptionConverters.toJava(
        DeltaHistoryManager.getCommitInfoOpt(log.store(), file, log.newDeltaHadoopConf()));
  }
}
