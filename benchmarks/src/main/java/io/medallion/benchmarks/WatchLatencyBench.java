package io.medallion.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Issue 17's latency: {@code medallion watch --interval 1s} over the lake the scenarios left,
 * warmed by three batches, then title files landed one at a time, each timed from its atomic rename
 * into the landing folder to the warehouse counting more {@code gold.dim_title} rows. Warm means
 * the JIT has compiled a batch's paths, which takes a watcher's first batches (BENCHMARKS.md, "What
 * warm means here"); the warm-up batches are reported apart.
 */
final class WatchLatencyBench {

  static final double TARGET_SECONDS = 15;
  static final List<Integer> WARM_UP_BATCHES = List.of(2, 3, 4);
  static final List<Integer> MEASURED_BATCHES = List.of(5, 6, 7);

  private static final Duration POLL = Duration.ofMillis(150);
  private static final Duration VISIBLE_WITHIN = Duration.ofMinutes(5);
  private static final Duration STOP_WITHIN = Duration.ofMinutes(2);

  private final Medallion medallion;
  private final String scale;
  private final Path dir;
  private final PrintWriter out;

  WatchLatencyBench(Medallion medallion, String scale, Path dir, PrintWriter out) {
    this.medallion = medallion;
    this.scale = scale;
    this.dir = dir;
    this.out = out;
  }

  /** Runs the watcher over {@code workdir}, lands the warm-up files and the measured ones. */
  Results.WatchLatency run(Path workdir) throws IOException, InterruptedException {
    Path logs = dir.resolve("logs");
    Path warehouse = workdir.resolve("warehouse/medallion.duckdb");
    // The scenarios' lookups came from the demo's own server, gone now: `--workdir` alone names no
    // lookup source and fails; the landed title files are what this measures.
    Path config = dir.resolve("watch.conf");
    Files.writeString(
        config,
        "medallion { workdir = \"" + workdir.toAbsolutePath() + "\", fetch-lookups = false }\n");
    try (Watcher watcher =
        Watcher.start(
            medallion.command("watch", "--config", config.toString(), "--interval", "1s"),
            logs.resolve("watch.log"))) {
      List<Double> warmUp = new ArrayList<>();
      for (int batch : WARM_UP_BATCHES) {
        Landing landing = land(watcher, workdir, warehouse, batch);
        say("warm-up " + batch, landing);
        warmUp.add(landing.batchSeconds());
      }
      List<Double> landings = new ArrayList<>();
      List<Double> batches = new ArrayList<>();
      for (int batch : MEASURED_BATCHES) {
        Landing landing = land(watcher, workdir, warehouse, batch);
        say("landing " + batch, landing);
        landings.add(landing.visibleSeconds());
        batches.add(landing.batchSeconds());
      }
      String stopped = watcher.stop(STOP_WITHIN);
      out.println("scale " + scale + " watch " + stopped);
      return Results.WatchLatency.of(
          landings, batches, warmUp, TARGET_SECONDS, watcher.peakRssMb(), stopped);
    }
  }

  /** One title file generated, renamed into the landing folder and waited for in the warehouse. */
  private Landing land(Watcher watcher, Path workdir, Path warehouse, int batch)
      throws IOException {
    Path file = generated(batch);
    Path staged = dir.resolve("watch-staging/" + file.getFileName() + ".tmp");
    Files.createDirectories(staged.getParent());
    Files.copy(file, staged, StandardCopyOption.REPLACE_EXISTING);
    long before = titlesOnceOpen(warehouse, watcher);
    int batchesBefore = watcher.batches().size();
    Files.move(
        staged,
        workdir.resolve("lake/landing/titles").resolve(file.getFileName()),
        StandardCopyOption.ATOMIC_MOVE);
    long landed = System.nanoTime();
    long deadline = landed + VISIBLE_WITHIN.toNanos();
    while (titles(warehouse, watcher, POLL).orElse(before) <= before) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            file.getFileName() + " not visible in gold.dim_title within " + VISIBLE_WITHIN);
      }
    }
    double visible = (System.nanoTime() - landed) / 1e9;
    return new Landing(visible, batchAfter(watcher, batchesBefore, deadline).seconds());
  }

  /** The last successful batch line printed after {@code count} lines, waited for. */
  private static Watcher.BatchLine batchAfter(Watcher watcher, int count, long deadline) {
    while (true) {
      List<Watcher.BatchLine> lines = watcher.batches();
      Optional<Watcher.BatchLine> done =
          lines.subList(count, lines.size()).stream()
              .filter(Watcher.BatchLine::succeeded)
              .reduce((a, b) -> b);
      if (done.isPresent()) {
        return done.get();
      }
      watcher.requireAlive("before printing its batch line");
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no batch line from medallion watch within 5 minutes");
      }
      Watcher.sleep(POLL);
    }
  }

  private static long titlesOnceOpen(Path warehouse, Watcher watcher) {
    long deadline = System.nanoTime() + VISIBLE_WITHIN.toNanos();
    Optional<Long> titles = titles(warehouse, watcher, Duration.ZERO);
    while (titles.isEmpty() && System.nanoTime() < deadline) {
      titles = titles(warehouse, watcher, POLL);
    }
    return titles.orElseThrow(() -> new IllegalStateException("cannot read " + warehouse));
  }

  /**
   * {@code gold.dim_title}'s rows over a read-only connection, after {@code pause}; empty while the
   * watcher holds the file (or before it has the table).
   */
  private static Optional<Long> titles(Path warehouse, Watcher watcher, Duration pause) {
    Watcher.sleep(pause);
    watcher.requireAlive("while a title file waited for the warehouse");
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM gold.dim_title")) {
      rows.next();
      return Optional.of(rows.getLong(1));
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  /** {@code generate --increment 1 --batch N} into the source folder: the file it wrote. */
  private Path generated(int batch) throws IOException {
    Path source = dir.resolve("source");
    Set<Path> before = listed(source);
    Measured measured =
        ChildProcess.run(
            medallion.command(
                "generate",
                "--scale",
                scale,
                "--out",
                source.toString(),
                "--increment",
                "1",
                "--batch",
                Integer.toString(batch)),
            dir.resolve("logs/generate-watch-" + batch + ".log"));
    Set<Path> written = listed(source);
    written.removeAll(before);
    if (measured.exitCode() != 0 || written.size() != 1) {
      throw new IllegalStateException(
          "generate --batch " + batch + " wrote " + written + ": see " + dir.resolve("logs"));
    }
    return written.iterator().next();
  }

  private static Set<Path> listed(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.collect(Collectors.toCollection(HashSet::new));
    }
  }

  private void say(String what, Landing landing) {
    out.printf(
        Locale.ROOT,
        "scale %-5s watch %-16s visible after %5.1f s, batch %5.1f s%n",
        scale,
        what,
        landing.visibleSeconds(),
        landing.batchSeconds());
    out.flush();
  }

  private record Landing(double visibleSeconds, double batchSeconds) {}
}
