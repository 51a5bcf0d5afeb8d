package io.medallion.adapters.spark;

import java.util.Objects;

/**
 * How the Spark engine runs: the master ({@code local[2]} on a laptop; ignored where a cluster
 * provides the session), where the lake's root is (a local path or any Hadoop URI), and how many
 * shuffle partitions to use.
 */
public record SparkSettings(String master, String lakeRoot, int shufflePartitions) {

  public SparkSettings {
    Objects.requireNonNull(master, "master");
    if (lakeRoot == null || lakeRoot.isBlank()) {
      throw new IllegalArgumentException("the lake needs a root");
    }
    if (shufflePartitions < 1) {
      throw new IllegalArgumentException(
          "shuffle partitions must be positive: " + shufflePartitions);
    }
    lakeRoot = lakeRoot.endsWith("/") ? lakeRoot.substring(0, lakeRoot.length() - 1) : lakeRoot;
  }

  /** Local Spark on this machine's cores, for a lake at {@code lakeRoot}. */
  public static SparkSettings local(String lakeRoot) {
    return new SparkSettings("local[2]", lakeRoot, 2);
  }
}
