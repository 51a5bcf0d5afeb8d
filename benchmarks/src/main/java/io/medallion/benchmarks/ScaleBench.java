package io.medallion.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * The scenarios at one scale, each in a cold JVM: a full run from an empty lake, a rerun with
 * nothing new, a run with 1% new and 1% changed titles, and a full refresh; beside them the peer
 * baseline over the same files, whose gold row counts must equal the full run's. At scales up to 1,
 * then, the latency of {@code medallion watch} over the lake they left.
 */
final class ScaleBench {

  static final String BASELINE_MAIN = "io.medallion.benchmarks.peer.DuckDbBaseline";

  /** The largest scale the watch latency is measured at: issue 17's target is scale 1's. */
  static final double WATCH_UP_TO = 1;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Medallion medallion;
  private final double scale;
  private final Path dir;
  private final PrintWriter out;

  ScaleBench(Medallion medallion, double scale, Path work, PrintWriter out) {
    this.medallion = medallion;
    this.scale = scale;
    this.dir = work.resolve("scale-" + label(scale));
    this.out = out;
  }

  Results.Scale run(Results.Machine machine, Map<String, String> versions)
      throws IOException, InterruptedException {
    Path source = dir.resolve("source");
    Path lake = dir.resolve("workdir");
    Path logs = dir.resolve("logs");
    if (Files.exists(dir)) {
      PathUtils.deleteDirectory(dir);
    }
    Measured generate =
        check(
            "generate",
            ChildProcess.run(
                medallion.command("generate", "--scale", label(scale), "--out", source.toString()),
                logs.resolve("generate.log")));
    Set<Path> base = files(source);
    check(
        "generate --increment",
        ChildProcess.run(
            medallion.command(
                "generate",
                "--scale",
                label(scale),
                "--out",
                source.toString(),
                "--increment",
                "1"),
            logs.resolve("generate-increment.log")));
    List<Path> increment = new ArrayList<>(files(source));
    increment.removeAll(base);
    if (increment.size() != 1) {
      throw new IllegalStateException("generate --increment wrote " + increment + ", not one file");
    }
    Results.Baseline baseline = baseline(source, logs);
    say("baseline", baseline.processSeconds(), baseline.peakRssMb());

    List<Results.Scenario> scenarios = new ArrayList<>();
    Results.Scenario full = scenario("full run", lake, logs, baseline, null);
    scenarios.add(full);
    scenarios.add(scenario("rerun, nothing new", lake, logs, baseline, full));
    Path landing = lake.resolve("lake/landing/titles");
    Files.copy(
        increment.get(0),
        landing.resolve(increment.get(0).getFileName()),
        StandardCopyOption.REPLACE_EXISTING);
    scenarios.add(scenario("1% new + 1% changed", lake, logs, baseline, full));
    scenarios.add(scenario("full refresh", lake, logs, baseline, full, "--full-refresh"));

    Results.WatchLatency watch =
        scale <= WATCH_UP_TO
            ? new WatchLatencyBench(medallion, label(scale), dir, out).run(lake)
            : null;
    Map<String, String> differences = differences(baseline.goldRows(), full.gold());
    return new Results.Scale(
        scale,
        Files.readString(logs.resolve("generate.log")).strip(),
        generate.seconds(),
        machine,
        versions,
        baseline,
        differences.isEmpty(),
        differences,
        scenarios,
        watch);
  }

  private Results.Baseline baseline(Path source, Path logs) throws IOException {
    Path report = dir.resolve("baseline.json");
    Measured measured =
        check(
            "baseline",
            ChildProcess.run(
                medallion.main(
                    BASELINE_MAIN,
                    source.toString(),
                    dir.resolve("baseline.duckdb").toString(),
                    report.toString()),
                logs.resolve("baseline.log")));
    JsonNode run = JSON.readTree(report.toFile());
    Map<String, Double> steps = new LinkedHashMap<>();
    run.get("steps").fields().forEachRemaining(e -> steps.put(e.getKey(), seconds(e.getValue())));
    Map<String, Long> gold = new TreeMap<>();
    run.get("goldRows").fields().forEachRemaining(e -> gold.put(e.getKey(), e.getValue().asLong()));
    return new Results.Baseline(
        measured.seconds(), seconds(run.get("total")), steps, measured.peakRssMb(), gold);
  }

  private Results.Scenario scenario(
      String name,
      Path lake,
      Path logs,
      Results.Baseline baseline,
      Results.Scenario full,
      String... extra)
      throws IOException {
    String slug = name.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
    Path report = dir.resolve("report-" + slug + ".json");
    List<String> args =
        new ArrayList<>(
            List.of(
                "demo",
                "--source-dir",
                dir.resolve("source").toString(),
                "--workdir",
                lake.toString(),
                "--report",
                report.toString()));
    args.addAll(List.of(extra));
    Measured measured =
        check(
            name,
            ChildProcess.run(
                medallion.command(args.toArray(String[]::new)), logs.resolve(slug + ".log")));
    JsonNode run = JSON.readTree(report.toFile());
    Map<String, Double> stages = new LinkedHashMap<>();
    run.get("stages")
        .fields()
        .forEachRemaining(e -> stages.put(e.getKey(), e.getValue().asDouble()));
    long input = 0;
    for (JsonNode table : run.get("tables")) {
      if (table.get("table").asText().startsWith("bronze.")) {
        input += table.get("rows_in").asLong();
      }
    }
    double runSeconds = run.get("seconds").asDouble();
    Results.Scenario scenario =
        new Results.Scenario(
            name,
            measured.seconds(),
            runSeconds,
            stages,
            input,
            runSeconds > 0 ? input / runSeconds : 0,
            measured.peakRssMb(),
            measured.seconds() / baseline.processSeconds(),
            full == null ? 1.0 : measured.seconds() / full.processSeconds(),
            run.path("spark_started").asBoolean(),
            gold(lake, logs, slug));
    say(name, measured.seconds(), measured.peakRssMb());
    return scenario;
  }

  /** Gold's tables after a scenario, as {@code medallion tables} lists them. */
  private List<Results.GoldTable> gold(Path lake, Path logs, String slug) throws IOException {
    Path log = logs.resolve("tables-" + slug + ".log");
    check(
        "tables",
        ChildProcess.run(
            medallion.command("tables", "--workdir", lake.toString(), "--format", "csv"), log));
    List<Results.GoldTable> gold = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      String[] cells = line.split(",");
      if (cells.length == 6 && cells[0].equals("gold")) {
        gold.add(
            new Results.GoldTable(
                "gold." + cells[1],
                Long.parseLong(cells[2]),
                Long.parseLong(cells[4]),
                Long.parseLong(cells[5])));
      }
    }
    return gold;
  }

  /** Each gold table whose row count the pipeline and the baseline disagree on. */
  static Map<String, String> differences(
      Map<String, Long> baseline, List<Results.GoldTable> pipeline) {
    Map<String, Long> ours =
        pipeline.stream()
            .collect(Collectors.toMap(Results.GoldTable::table, Results.GoldTable::rows));
    Map<String, String> differences = new TreeMap<>();
    Set<String> tables = new TreeSet<>(baseline.keySet());
    tables.addAll(ours.keySet());
    for (String table : tables) {
      Long theirs = baseline.get(table);
      Long mine = ours.get(table);
      if (theirs == null || !theirs.equals(mine)) {
        differences.put(table, "pipeline " + mine + ", baseline " + theirs);
      }
    }
    return differences;
  }

  /** Seconds from a number, or from an ISO-8601 duration such as {@code PT1.5S}. */
  static double seconds(JsonNode value) {
    return value.isNumber() ? value.asDouble() : Duration.parse(value.asText()).toMillis() / 1000.0;
  }

  private Measured check(String what, Measured measured) {
    if (measured.exitCode() != 0) {
      throw new IllegalStateException(
          what
              + " at scale "
              + label(scale)
              + " exited with "
              + measured.exitCode()
              + ": see "
              + dir.resolve("logs"));
    }
    return measured;
  }

  private void say(String what, double seconds, long peakMb) {
    out.printf(
        Locale.ROOT, "scale %-5s %-22s %8.1f s %7d MB%n", label(scale), what, seconds, peakMb);
    out.flush();
  }

  static String label(double scale) {
    return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
  }

  private static Set<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.collect(Collectors.toSet());
    }
  }
}
