package io.medallion.bootstrap;

import com.google.inject.Injector;
import io.medallion.application.port.in.LandTitlesUseCase;
import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.port.in.RunPipelineUseCase;
import io.medallion.application.port.in.RunReport;
import io.medallion.bootstrap.sample.SampleCatalogue;
import io.medallion.domain.medallion.Feed;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medallion demo}: the whole pipeline on the embedded default. Lookups are served over HTTP
 * on 127.0.0.1 and fetched through the HTTP adapter; the title file is dropped in the landing zone.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline on a laptop: a generated Netflix-like sample (or your five files),",
      "lookups over HTTP, bronze/silver/gold Delta tables, a DuckDB warehouse, and a summary."
    })
final class DemoCommand implements Callable<Integer> {

  static final int SAMPLE_TITLES = 6_200;
  static final long SAMPLE_SEED = 42;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Option(
      names = "--source-dir",
      description = "A folder with the tutorial's five CSV files (default: a generated sample).")
  Path sourceDir;

  @Option(
      names = "--sample-titles",
      defaultValue = "" + SAMPLE_TITLES,
      description = "Titles in the generated sample (default: ${DEFAULT-VALUE}).")
  int sampleTitles;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    MedallionSettings settings = workdir.settings();
    Path sources = sourceDir != null ? checked(sourceDir) : generated(settings, out);
    try (DemoSourceServer server = DemoSourceServer.serve(sources)) {
      out.println("serving the lookup files on " + server.sources().get(0).uri().resolve("/"));
      Injector injector = Wiring.pipeline(settings, new ConsoleProgress(out));
      Path titles = sources.resolve(Feed.TITLES.fileStem() + ".csv");
      String landed =
          injector.getInstance(LandTitlesUseCase.class).land(Files.readAllBytes(titles));
      out.println("title file in the landing zone: " + landed);
      RunReport report =
          injector
              .getInstance(RunPipelineUseCase.class)
              .run(new RunPipelineCommand(server.sources()));
      RunSummary.print(out, report, settings);
    }
    return 0;
  }

  private Path generated(MedallionSettings settings, PrintWriter out) throws Exception {
    Path dir = settings.workdir().resolve("sample");
    SampleCatalogue.write(dir, sampleTitles, SAMPLE_SEED);
    out.println("generated a sample of " + sampleTitles + " titles in " + dir);
    return dir;
  }

  /** The folder, if it holds the five files of the tutorial's layout. */
  static Path checked(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no source folder at " + dir.toAbsolutePath());
    }
    List<String> missing =
        Arrays.stream(Feed.values())
            .map(f -> f.fileStem() + ".csv")
            .filter(name -> !Files.isRegularFile(dir.resolve(name)))
            .toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          dir.toAbsolutePath() + " lacks " + String.join(", ", missing));
    }
    return dir;
  }
}
