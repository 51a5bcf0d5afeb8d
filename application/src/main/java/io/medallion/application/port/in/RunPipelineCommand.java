package io.medallion.application.port.in;

import io.medallion.application.run.LookupSource;
import io.medallion.application.run.RunReport.Stage;
import io.medallion.domain.medallion.Feed;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Run the pipeline with these lookup sources: each of the four lookup feeds exactly once, or none
 * when the titles come in the catalogue layout, whose file holds the names itself. The run waits up
 * to {@code wait} for another run holding the lake (zero: fails at once); a {@code fullRefresh}
 * rebuilds every layer from the raw zone and the landing folder; only the chosen {@code stages} run
 * (all by default), each reading what earlier runs committed. A run that finds nothing new is
 * recorded in the history unless {@code recordsNothingNew} is false (a watcher's idle ticks).
 */
public record RunPipelineCommand(
    List<LookupSource> lookups,
    Duration lockWait,
    boolean fullRefresh,
    Set<Stage> stages,
    boolean recordsNothingNew) {

  public RunPipelineCommand {
    lookups = List.copyOf(lookups);
    Objects.requireNonNull(lockWait, "lockWait");
    if (lockWait.isNegative()) {
      throw new IllegalArgumentException("a wait cannot be negative: " + lockWait);
    }
    Set<Feed> feeds = lookups.stream().map(LookupSource::feed).collect(Collectors.toSet());
    if (feeds.size() != lookups.size()) {
      throw new IllegalArgumentException("each lookup feed may be given once: " + lookups);
    }
    Set<Feed> missing = EnumSet.copyOf(Feed.lookups());
    missing.removeAll(feeds);
    if (!lookups.isEmpty() && !missing.isEmpty()) {
      throw new IllegalArgumentException("no source given for " + missing);
    }
    stages = chosen(stages);
    // A full refresh empties every layer: only a run that starts from the raw zone may do it, else
    // the layers before its first stage would stay empty.
    if (fullRefresh && !stages.contains(Stage.INGEST)) {
      throw new IllegalArgumentException(
          "a full refresh empties every layer, so it runs with the ingest stage, not with "
              + stages
              + " alone");
    }
  }

  /** A run of the chosen stages, recorded even when it finds nothing new. */
  public RunPipelineCommand(
      List<LookupSource> lookups, Duration lockWait, boolean fullRefresh, Set<Stage> stages) {
    this(lookups, lockWait, fullRefresh, stages, true);
  }

  /** A run of every stage. */
  public RunPipelineCommand(List<LookupSource> lookups, Duration lockWait, boolean fullRefresh) {
    this(lookups, lockWait, fullRefresh, EnumSet.allOf(Stage.class));
  }

  /** An incremental run of every stage that fails at once when the lake is busy. */
  public RunPipelineCommand(List<LookupSource> lookups) {
    this(lookups, Duration.ZERO, false);
  }

  /** This run, waiting up to {@code wait} for the lake. */
  public RunPipelineCommand waitingUpTo(Duration wait) {
    return new RunPipelineCommand(lookups, wait, fullRefresh, stages, recordsNothingNew);
  }

  /** This run, rebuilding every layer from the raw zone. */
  public RunPipelineCommand refreshingFully() {
    return new RunPipelineCommand(lookups, lockWait, true, stages, recordsNothingNew);
  }

  /** This run, doing only the {@code chosen} stages (in their usual order). */
  public RunPipelineCommand onlyStages(Collection<Stage> chosen) {
    return new RunPipelineCommand(
        lookups, lockWait, fullRefresh, Set.copyOf(chosen), recordsNothingNew);
  }

  /**
   * This run, leaving no record when it finds nothing new: a watcher looks every few seconds, and
   * its history holds the batches that did something.
   */
  public RunPipelineCommand quietWhenNothingNew() {
    return new RunPipelineCommand(lookups, lockWait, fullRefresh, stages, false);
  }

  private static Set<Stage> chosen(Set<Stage> stages) {
    Objects.requireNonNull(stages, "stages");
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a run needs at least one stage");
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(stages));
  }
}
