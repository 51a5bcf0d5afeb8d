package io.medallion.adapters.cli;

import io.medallion.application.port.in.RunPipelineCommand;
import io.medallion.application.run.LookupSource;
import io.medallion.application.run.RunReport;
import io.medallion.domain.medallion.Feed;
import io.medallion.domain.medallion.HeaderMatch;
import io.medallion.domain.medallion.LakeLayout;
import io.medallion.generator.Layout;
import io.medallion.generator.SampleCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
    header = "Run the whole pipeline on a laptop.",
    description =
        "From a generated Netflix-like sample (or your own files, in either layout): lookups over"
            + " HTTP, bronze/silver/gold Delta tables, a DuckDB warehouse, and a summary.")
final class DemoCommand implements Callable<Integer> {

  private final UseCases useCases;

  DemoCommand(UseCases useCases) {
    this.useCases = useCases;
  }

  static final int SAMPLE_TITLES = 6_200;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin WorkdirOption workdir;

  @Mixin RunOptions options;

  @Option(
      names = "--source-dir",
      description =
          "A folder with the tutorial's five CSV files, or with netflix_titles.csv alone in the"
              + " public catalogue's layout (told by its header). Default: a generated sample.")
  Path sourceDir;

  @Option(
      names = "--layout",
      defaultValue = "tutorial",
      description =
          "The generated sample's layout: tutorial or catalogue (default: ${DEFAULT-VALUE}).")
  String layout;

  @Option(
      names = "--sample-titles",
      defaultValue = "" + SAMPLE_TITLES,
      description = "Titles in the generated sample (default: ${DEFAULT-VALUE}).")
  int sampleTitles;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CommandSettings settings = workdir.settings(useCases);
    Path sources = sourceDir != null ? sourceDir : generated(settings, out);
    Feed titlesLayout = checked(sources);
    try (ServedLookups server = useCases.serveLookups(sources)) {
      List<LookupSource> lookups = List.of();
      if (titlesLayout == Feed.TITLES) {
        lookups = server.sources();
        out.println("serving the lookup files on " + lookups.get(0).uri().resolve("/"));
      } else {
        out.println(
            "titles in the catalogue layout: their names come with them, no lookup fetched");
      }
      UseCases.Pipeline pipeline = useCases.pipeline(settings, new ConsoleProgress(out));
      Path titles = sources.resolve(Feed.TITLES.fileStem() + ".csv");
      String landed = pipeline.landing().land(Files.readAllBytes(titles));
      out.println("title file in the landing zone: " + landed);
      RunReport report = pipeline.run().run(options.applyTo(new RunPipelineCommand(lookups)));
      RunSummary.print(out, report, settings);
      options.writeReport(report, useCases::sparkStarted);
    }
    return 0;
  }

  private Path generated(CommandSettings settings, PrintWriter out) throws Exception {
    Path dir = settings.workdir().resolve("sample");
    Layout sampleLayout = GenerateCommand.layout(layout);
    SampleCatalogue.write(dir, sampleTitles, MedallionCli.SAMPLE_SEED, sampleLayout);
    out.printf(
        "generated a sample of %d titles in the %s layout in %s%n",
        sampleTitles, sampleLayout.name().toLowerCase(Locale.ROOT), dir);
    return dir;
  }

  /**
   * The layout of the folder's titles file, told by its header; for the tutorial's layout the
   * folder must also hold the four lookup files.
   */
  static Feed checked(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no source folder at " + dir.toAbsolutePath());
    }
    Path titles = dir.resolve(Feed.TITLES.fileStem() + ".csv");
    Feed layout =
        Files.isRegularFile(titles)
            ? HeaderMatch.layoutOf(header(titles), LakeLayout.layoutsIn(LakeLayout.LANDING_TITLES))
            : Feed.TITLES;
    if (layout == Feed.CATALOGUE) {
      return layout;
    }
    List<String> missing =
        Feed.tutorial().stream()
            .map(f -> f.fileStem() + ".csv")
            .filter(name -> !Files.isRegularFile(dir.resolve(name)))
            .toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          dir.toAbsolutePath() + " lacks " + String.join(", ", missing));
    }
    return layout;
  }

  /** The first record of a CSV file, its names as written (a byte-order mark dropped). */
  private static List<String> header(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      return records.hasNext() ? records.next().toList() : List.of();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException("cannot read the header of " + file, e);
    }
  }
}
