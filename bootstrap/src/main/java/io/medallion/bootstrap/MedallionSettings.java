package io.medallion.bootstrap;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.medallion.adapters.duckdb.DuckDbSettings;
import io.medallion.adapters.filesystem.FilesystemSettings;
import io.medallion.adapters.http.HttpSettings;
import io.medallion.adapters.spark.SparkSettings;
import io.medallion.application.port.in.LookupSource;
import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.out.FaultPoint;
import io.medallion.domain.medallion.Feed;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a run is configured with, read once from a HOCON file (see {@code config/local.conf})
 * over the defaults in {@code reference.conf}.
 */
record MedallionSettings(
    Path workdir,
    String sparkMaster,
    int shufflePartitions,
    HttpSettings http,
    boolean fetchLookups,
    List<LookupSource> sources,
    Optional<FaultPoint> crashAt) {

  MedallionSettings {
    workdir = workdir.toAbsolutePath().normalize();
    sources = List.copyOf(sources);
  }

  /** The defaults with this working folder and no sources (for the demo and the read commands). */
  static MedallionSettings forWorkdir(Path workdir) {
    return from(ConfigFactory.parseMap(java.util.Map.of("medallion.workdir", workdir.toString())));
  }

  static MedallionSettings fromFile(Path file) {
    if (!file.toFile().isFile()) {
      throw new IllegalArgumentException("no config file at " + file);
    }
    return from(ConfigFactory.parseFile(new File(file.toString())));
  }

  private static MedallionSettings from(Config overrides) {
    // System properties first, as Lightbend Config orders them: -Dmedallion.crash-at=... for tests.
    Config c =
        ConfigFactory.defaultOverrides()
            .withFallback(overrides)
            .withFallback(ConfigFactory.defaultReference())
            .resolve()
            .getConfig("medallion");
    String crashAt = c.getString("crash-at");
    Config http = c.getConfig("http");
    Config sources = c.getConfig("sources");
    List<LookupSource> lookups =
        Feed.lookups().stream()
            .filter(f -> sources.hasPath(f.fileStem()))
            .map(f -> new LookupSource(f, URI.create(sources.getString(f.fileStem()))))
            .toList();
    return new MedallionSettings(
        Path.of(c.getString("workdir")),
        c.getString("spark.master"),
        c.getInt("spark.shuffle-partitions"),
        new HttpSettings(
            http.getDuration("connect-timeout"),
            http.getDuration("request-timeout"),
            http.getInt("max-attempts"),
            http.getDuration("initial-backoff"),
            http.getDuration("max-backoff"),
            http.getDuration("max-retry-after"),
            http.getDuration("total-timeout")),
        c.getBoolean("fetch-lookups"),
        lookups,
        crashAt.isEmpty() ? Optional.empty() : Optional.of(FaultPoint.of(crashAt)));
  }

  Path lakeRoot() {
    return workdir.resolve("lake");
  }

  Path warehouseFile() {
    return workdir.resolve("warehouse").resolve("medallion.duckdb");
  }

  SparkSettings spark() {
    return new SparkSettings(sparkMaster, lakeRoot().toString(), shufflePartitions);
  }

  FilesystemSettings filesystem() {
    return new FilesystemSettings(lakeRoot());
  }

  DuckDbSettings duckDb() {
    return new DuckDbSettings(warehouseFile());
  }

  /**
   * The run of the configured sources; fails naming the lookup feeds that have none, unless no
   * lookup is fetched since the landed titles hold their names (the catalogue layout).
   */
  RunPipelineCommand runCommand() {
    if (!fetchLookups) {
      if (!sources.isEmpty()) {
        throw new IllegalArgumentException(
            "medallion.fetch-lookups is false, yet sources are given: " + sources);
      }
      return new RunPipelineCommand(List.of());
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException(
          "no source given for "
              + Feed.lookups()
              + " (or set medallion.fetch-lookups = false for titles in the catalogue layout)");
    }
    return new RunPipelineCommand(sources);
  }
}
