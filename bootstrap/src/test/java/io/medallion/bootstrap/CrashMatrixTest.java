package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.generator.SampleCatalogue;
import io.medallion.testkit.fixture.TitleFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.delta.DeltaLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A second run halted at each fault point (a child JVM, {@code -Dmedallion.crash-at}), then rerun
 * plainly, ends with gold and warehouse equal row for row to a second run that never crashed, and
 * no key twice anywhere. A lake is always restored where it was made: Delta logs, checkpoints and
 * bronze's manifest hold absolute paths. Two lakes at two fixed paths take turns, so that the next
 * point's child JVM runs to its halt while this point's rerun and comparison run here.
 */
class CrashMatrixTest {

  private static final int TITLES = 30;
  private static final List<FaultPoint> POINTS = List.of(FaultPoint.values());

  @TempDir static Path scratch;
  static Path served;
  static Path first;
  static Path second;
  static DemoSourceServer server;
  static List<Slot> slots;
  static LakeContents neverCrashed;

  /** Children started ahead of their cell, by the point they halt at. */
  static final Map<FaultPoint, Process> started = new EnumMap<>(FaultPoint.class);

  /** One of the two lakes: its working folder, its run's config, its first run kept aside. */
  record Slot(Path workdir, Path config, Path baseline) {}

  @BeforeAll
  static void runTwiceWithoutACrash() throws Exception {
    served = Files.createDirectories(scratch.resolve("served"));
    first = SampleCatalogue.write(scratch.resolve("v1"), TITLES, 1).dir();
    second = SampleCatalogue.write(scratch.resolve("v2"), TITLES, 2).dir();
    server = DemoSourceServer.serve(served);
    slots = List.of(slot("a"), slot("b"));
    for (Slot slot : slots) {
      serveAndLand(slot, first, 1);
      assertRuns(Cli.run("run", "--config", slot.config().toString()));
      copy(slot.workdir(), slot.baseline());
    }
    Slot reference = slots.get(0);
    serveAndLand(reference, second, 2);
    assertRuns(Cli.run("run", "--config", reference.config().toString()));
    neverCrashed = LakeContents.of(reference.workdir());
    assertThat(neverCrashed.duplicates()).isEmpty();
    assertThat(neverCrashed.gold().get("DIM_TITLE")).hasSizeGreaterThan(TITLES);
  }

  @AfterAll
  static void stopServing() {
    stopStartedChildren();
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @EnumSource(FaultPoint.class)
  void givenASecondRunHaltedAtThePoint_aPlainRerun_endsEqualToARunThatNeverCrashed(FaultPoint point)
      throws Exception {
    Process crashed = started.containsKey(point) ? started.remove(point) : startCell(point);
    int next = POINTS.indexOf(point) + 1;
    if (next < POINTS.size()) {
      // Consecutive points use different lakes: the next child runs while this cell finishes.
      started.put(POINTS.get(next), startCell(POINTS.get(next)));
    }

    assertThat(crashed.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(crashed.exitValue())
        .as("halted at %s; its output: %s", point.id(), log(point))
        .isEqualTo(FaultSwitch.HALT_STATUS);
    aPlainRerunEndsAsIfNeverCrashed(slotOf(point));
  }

  @Test
  void givenATableMarkedToKeep_fullRefresh_exitsNamingItAndResetsNothing() throws Exception {
    stopStartedChildren();
    Slot slot = slots.get(0);
    restoreTheFirstRun(slot);
    String lake = slot.workdir().toString();
    assertRuns(Cli.run("protect", "--workdir", lake, "silver.titles"));

    Cli refused = Cli.run("run", "--config", slot.config().toString(), "--full-refresh");

    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("silver.titles", "pipelines.reset.allowed", "protect --off");
    assertThat(slot.workdir().resolve("lake/gold/dim_title/_delta_log")).isDirectory();
    assertRuns(Cli.run("protect", "--workdir", lake, "--off", "silver.titles"));
    Cli history = Cli.run("history", "--workdir", lake, "--limit", "1");
    assertThat(history.out()).contains("failed", "full refresh refused");
  }

  @Test
  void givenAWatchBatchHaltedBetweenGoldTables_aPlainRerun_endsEqualToARunThatNeverCrashed()
      throws Exception {
    stopStartedChildren();
    Slot slot = slots.get(1);
    restoreTheFirstRun(slot);
    List<String> args = watch(slot);
    Path log = scratch.resolve("crash-watch.log");

    Process watcher = child(FaultPoint.GOLD_BETWEEN_TABLES, args, log);

    assertThat(watcher.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(watcher.exitValue())
        .as("a watch halted in its batch; its output: %s", Files.readString(log))
        .isEqualTo(FaultSwitch.HALT_STATUS);
    aPlainRerunEndsAsIfNeverCrashed(slot);
  }

  /**
   * A watcher takes a batch per new file, leaves the lake and the warehouse to others in between (a
   * query reads the warehouse, a run finds nothing new), and on SIGTERM exits 0 saying so.
   */
  @Test
  void givenAWatcher_filesLandingAndSigterm_batchEachLetOthersInAndExitZero() throws Exception {
    stopStartedChildren();
    Slot slot = slots.get(0);
    restoreTheFirstRun(slot);
    Path log = scratch.resolve("watch.log");
    String workdir = slot.workdir().toString();

    Process watcher = child(null, watch(slot), log);
    try {
      awaitLine(watcher, log, "batch .* succeeded", 1);
      Cli count =
          Cli.run("query", "--workdir", workdir, "SELECT COUNT(*) AS n FROM gold.dim_title");
      assertRuns(count);
      assertThat(count.out()).contains(String.valueOf(neverCrashed.gold().get("DIM_TITLE").size()));
      // Between batches the lake is free; a tick holds it for a moment, which --wait rides out.
      Cli run = Cli.run("run", "--config", slot.config().toString(), "--wait", "1m");
      assertRuns(run);
      assertThat(run.out()).contains("nothing new");

      Files.write(
          slot.workdir()
              .resolve("lake")
              .resolve(LakeLayout.LANDING_TITLES)
              .resolve("netflix_titles-late.csv"),
          TitleFiles.titles().movie("s900001", "Late Arrival", 95).bytes());
      awaitLine(watcher, log, "batch .* succeeded", 2);
      Cli late =
          Cli.run(
              "query",
              "--workdir",
              workdir,
              "SELECT title FROM gold.dim_title WHERE show_id = 's900001'");
      assertThat(late.out()).contains("Late Arrival");
    } finally {
      watcher.destroy();
    }

    assertThat(watcher.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(watcher.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(log))
        .contains("SIGTERM: stopping after the current batch", "stopped: 2 batches (0 failed)");
  }

  private static List<String> watch(Slot slot) {
    return List.of("watch", "--config", slot.config().toString(), "--interval", "1s");
  }

  /** Waits until the child's output holds {@code times} lines matching {@code regex}. */
  private static void awaitLine(Process child, Path log, String regex, int times) throws Exception {
    Pattern line = Pattern.compile(regex);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      String text = Files.exists(log) ? Files.readString(log) : "";
      if (text.lines().filter(l -> line.matcher(l).find()).count() >= times) {
        return;
      }
      assertThat(child.isAlive()).as("the watcher ended early: %s", text).isTrue();
      Thread.sleep(250);
    }
    throw new AssertionError("no " + times + " lines matching " + regex + " in " + log);
  }

  /**
   * On demand: {@code -Dmedallion.random-kills=N} (and {@code -Dmedallion.random-seed=S}) kills a
   * second run with SIGKILL at a random moment N times in a row, then reruns it plainly.
   */
  @Test
  void givenRandomKills_aPlainRerun_endsEqualToARunThatNeverCrashed() throws Exception {
    String kills = System.getProperty("medallion.random-kills");
    Assumptions.assumeTrue(
        kills != null,
        "random kill -9 mode runs on demand: -Dmedallion.random-kills=N [-Dmedallion.random-seed=S]");
    stopStartedChildren();
    Random random = new Random(Long.getLong("medallion.random-seed", 1L));
    Slot slot = slots.get(0);
    restoreTheFirstRun(slot);
    List<String> args = List.of("run", "--config", slot.config().toString());
    for (int i = 0; i < Integer.parseInt(kills); i++) {
      Process run = child(null, args, scratch.resolve("kill-" + i + ".log"));
      Thread.sleep(2_000 + random.nextInt(40_000));
      run.destroyForcibly().waitFor();
    }
    aPlainRerunEndsAsIfNeverCrashed(slot);
  }

  /**
   * A plain run over the slot's lake, then gold and warehouse as a run that never crashed left
   * them.
   */
  private static void aPlainRerunEndsAsIfNeverCrashed(Slot slot) {
    assertRuns(Cli.run("run", "--config", slot.config().toString()));
    LakeContents rerun = LakeContents.of(slot.workdir());
    assertThat(rerun.duplicates()).isEmpty();
    assertThat(rerun.gold()).isEqualTo(neverCrashed.gold());
    assertThat(rerun.warehouse()).isEqualTo(neverCrashed.warehouse());
  }

  private static Slot slot(String name) throws IOException {
    Path dir = Files.createDirectories(scratch.resolve(name));
    Path workdir = dir.resolve("workdir");
    Path config = dir.resolve("run.conf");
    StringBuilder conf = new StringBuilder("medallion {\n  workdir = \"" + workdir + "\"\n");
    conf.append("  http.max-attempts = 1\n  sources {\n");
    server
        .sources()
        .forEach(
            s ->
                conf.append("    ")
                    .append(s.name())
                    .append(" = \"")
                    .append(s.uri())
                    .append("\"\n"));
    Files.writeString(config, conf.append("  }\n}\n").toString());
    return new Slot(workdir, config, dir.resolve("baseline"));
  }

  private static Slot slotOf(FaultPoint point) {
    return slots.get(POINTS.indexOf(point) % slots.size());
  }

  /** Restores the point's lake to its first run and starts the second run, armed to halt. */
  private static Process startCell(FaultPoint point) throws IOException {
    Slot slot = slotOf(point);
    restoreTheFirstRun(slot);
    List<String> args = new ArrayList<>(List.of("run", "--config", slot.config().toString()));
    if (point == FaultPoint.RESET_MID) {
      args.add("--full-refresh");
    }
    return child(point, args, scratch.resolve("crash-" + point.id() + ".log"));
  }

  private static void stopStartedChildren() {
    started.values().forEach(p -> p.destroyForcibly());
    started.clear();
  }

  /** The lake as the first run left it, the second run's sources served and its file landed. */
  private static void restoreTheFirstRun(Slot slot) throws IOException {
    delete(slot.workdir());
    copy(slot.baseline(), slot.workdir());
    // This JVM's Delta caches each table's log by path: forget the later versions it saw there.
    DeltaLog.clearCache();
    serveAndLand(slot, second, 2);
  }

  private static void serveAndLand(Slot slot, Path sample, int n) throws IOException {
    for (Feed feed : Feed.lookups()) {
      Path target = served.resolve(feed.fileStem() + ".csv");
      Path temp = served.resolve("." + feed.fileStem() + ".csv.tmp");
      // Renamed into place: the other lake's child may be fetching it at this very moment.
      Files.copy(SampleCatalogue.file(sample, feed), temp, StandardCopyOption.REPLACE_EXISTING);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    Path landing =
        Files.createDirectories(slot.workdir().resolve("lake").resolve(LakeLayout.LANDING_TITLES));
    Files.copy(
        SampleCatalogue.file(sample, Feed.TITLES),
        landing.resolve("netflix_titles-" + n + ".csv"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The CLI in a JVM of its own, with the test JVM's classpath and Spark's flags. */
  private static Process child(FaultPoint point, List<String> args, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Duser.timezone"))
        .forEach(command::add);
    command.add("-Xmx1g");
    // A child runs once, to its halt, beside this JVM's rerun of the previous point on the same
    // two cores: the client compiler and the serial collector spend a third less CPU on it.
    // The client compiler alone reserves 48 MB of code cache, which a watcher's batches filled
    // (the JIT then stopped and a method handle failed to link): room for a long-lived child.
    command.addAll(
        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=240m"));
    if (point != null) {
      command.add("-Dmedallion.crash-at=" + point.id());
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return builder.start();
  }

  private static String log(FaultPoint point) throws IOException {
    List<String> lines = Files.readAllLines(scratch.resolve("crash-" + point.id() + ".log"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static void assertRuns(Cli run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
