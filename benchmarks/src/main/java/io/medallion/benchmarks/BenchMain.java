package io.medallion.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medallion bench}: the scenarios at each scale, written to JSON and a Markdown table. */
@Command(
    name = "medallion bench",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline's scenarios at each scale, each in a cold JVM: a full run, a",
      "rerun with nothing new, 1%% new + 1%% changed titles, and a full refresh; beside",
      "them the same transformation in plain DuckDB SQL. At scales up to 1, then,",
      "medallion watch over the lake they left: seconds from a title file landing to",
      "its titles in the warehouse. Writes results/scale-N.json and results/summary.md."
    })
public final class BenchMain implements Callable<Integer> {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--scales",
      split = ",",
      defaultValue = "1,10,100",
      description = "Scales to run, times the tutorial's size (default: ${DEFAULT-VALUE}).")
  List<Double> scales;

  @Option(
      names = "--work",
      defaultValue = "medallion-bench",
      description =
          "Where the samples and lakes go; replaced per scale (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(
      names = "--results",
      defaultValue = "benchmarks/results",
      description = "Where scale-N.json and summary.md go (default: ${DEFAULT-VALUE}).")
  Path results;

  @Option(
      names = "--heap",
      defaultValue = "3g",
      description = "The -Xmx of every scenario's JVM (default: ${DEFAULT-VALUE}).")
  String heap;

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchMain()).execute(args));
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path root = Path.of(System.getenv().getOrDefault("MEDALLION_HOME", "."));
    Medallion medallion = Medallion.fromLauncher(root, heap);
    Files.createDirectories(results);
    Results.Machine machine = Machines.here();
    var versions = Machines.versions(System.getProperty("java.class.path"));
    boolean equal = true;
    for (double scale : scales) {
      Results.Scale result = new ScaleBench(medallion, scale, work, out).run(machine, versions);
      JSON.writeValue(
          results.resolve("scale-" + ScaleBench.label(scale) + ".json").toFile(), result);
      if (!result.goldRowsEqual()) {
        equal = false;
        out.println("gold row counts differ from the baseline's: " + result.goldRowDifferences());
      }
    }
    List<Results.Scale> all = stored(results);
    String summary =
        Summary.markdown(all) + "\n" + Summary.goldFiles(all) + "\n" + Summary.watchLatency(all);
    Files.writeString(results.resolve("summary.md"), summary);
    out.println();
    out.print(summary);
    out.flush();
    return equal ? 0 : 1;
  }

  /** Every scale's results in the folder, smallest first: a run of one scale keeps the others. */
  static List<Results.Scale> stored(Path results) throws IOException {
    List<Results.Scale> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(results)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().matches("scale-.*\\.json")).toList()) {
        all.add(JSON.readValue(file.toFile(), Results.Scale.class));
      }
    }
    all.sort(Comparator.comparingDouble(Results.Scale::scale));
    return all;
  }
}
