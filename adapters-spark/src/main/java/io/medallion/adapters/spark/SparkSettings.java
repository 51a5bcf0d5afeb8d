package io.medallion.adapters.spark;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How the Spark engine runs: the master ({@code local[2]} on a laptop; ignored where a cluster
 * provides the session), where the lake's root is (a local path or any Hadoop URI such as {@code
 * abfss://lake@account.dfs.core.windows.net/medallion}), how many shuffle partitions to use, and
 * the Hadoop file-system options that reach the lake (an ADLS account's authentication). Those
 * options may carry secrets: they are set on the running session only, never printed.
 */
public record SparkSettings(
    String master, String lakeRoot, int shufflePartitions, Map<String, String> hadoopOptions) {

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
    hadoopOptions = Map.copyOf(hadoopOptions);
  }

  public SparkSettings(String master, String lakeRoot, int shufflePartitions) {
    this(master, lakeRoot, shufflePartitions, Map.of());
  }

  /** Local Spark on this machine's cores, for a lake at {@code lakeRoot}. */
  public static SparkSettings local(String lakeRoot) {
    return new SparkSettings("local[2]", lakeRoot, 2);
  }

  @Override
  public String toString() {
    return "SparkSettings[master="
        + master
        + ", lakeRoot="
        + lakeRoot
        + ", shufflePartitions="
        + shufflePartitions
        + ", hadoopOptions="
        + new TreeMap<>(hadoopOptions).keySet()
        + "]";
  }
}
