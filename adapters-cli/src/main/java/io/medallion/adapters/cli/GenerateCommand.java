package io.medallion.adapters.cli;

import io.medallion.generator.GeneratedIncrement;
import io.medallion.generator.GeneratedSample;
import io.medallion.generator.Layout;
import io.medallion.generator.SampleCatalogue;
import io.medallion.generator.SampleIncrement;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medallion generate}: the deterministic Netflix-like sample, in either layout. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    header = "Write a deterministic Netflix-like catalogue, dirt included.",
    description = {
      "Either the tutorial's five files or the public catalogue's single file. Scale 1 is about"
          + " the tutorial's size (6,200 titles).",
      "With --increment, write instead one more title file to land after that sample's: new and"
          + " changed titles."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", required = true, description = "The folder to write the files to.")
  Path out;

  @Option(
      names = "--scale",
      defaultValue = "1",
      description = "Times the tutorial's size (default: ${DEFAULT-VALUE}).")
  double scale;

  @Option(
      names = "--layout",
      defaultValue = "tutorial",
      description = "tutorial (five files) or catalogue (one file) (default: ${DEFAULT-VALUE}).")
  String layout;

  @Option(
      names = "--seed",
      defaultValue = "" + MedallionCli.SAMPLE_SEED,
      description = "The same seed and scale give the same bytes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--increment",
      paramLabel = "PCT",
      description =
          "Write only netflix_titles-increment-K.csv: PCT%% of the valid titles of the sample that"
              + " this scale, layout and seed give as new titles, and as many changed ones.")
  Double increment;

  @Option(
      names = "--batch",
      paramLabel = "K",
      description = "Which increment (default: 1); batches share no new id.")
  Integer batch;

  @Override
  public Integer call() throws Exception {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("--scale must be positive, not " + scale);
    }
    long titles = Math.round(SampleCatalogue.DEFAULT_TITLES * scale);
    if (titles > SampleCatalogue.MAX_TITLES || titles < SampleCatalogue.MIN_TITLES) {
      throw new IllegalArgumentException(
          "--scale %s gives %d titles; the generator writes %d to %d"
              .formatted(scale, titles, SampleCatalogue.MIN_TITLES, SampleCatalogue.MAX_TITLES));
    }
    if (increment != null) {
      return writeIncrement((int) titles);
    }
    if (batch != null) {
      throw new IllegalArgumentException("--batch needs --increment");
    }
    GeneratedSample sample = SampleCatalogue.write(out, (int) titles, seed, layout(layout));
    PrintWriter console = spec.commandLine().getOut();
    console.printf(
        Locale.ROOT,
        "wrote %,d title records (%,d valid titles) in the %s layout to %s%n",
        sample.titles().records(),
        sample.titles().validTitles(),
        sample.layout().name().toLowerCase(Locale.ROOT),
        out.toAbsolutePath());
    return 0;
  }

  private int writeIncrement(int titles) throws Exception {
    if (!(increment > 0 && increment <= 100)) {
      throw new IllegalArgumentException(
          "--increment is a percentage above 0 and at most 100, not " + increment);
    }
    int number = batch == null ? 1 : batch;
    GeneratedIncrement written =
        SampleIncrement.write(out, titles, seed, layout(layout), increment, number);
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "wrote %,d new and %,d changed titles (%s%% each of %,d valid titles) in the %s"
                + " layout to %s%n",
            written.newTitles(),
            written.changedTitles(),
            BigDecimal.valueOf(increment).stripTrailingZeros().toPlainString(),
            written.validTitles(),
            written.layout().name().toLowerCase(Locale.ROOT),
            written.file().toAbsolutePath());
    return 0;
  }

  static Layout layout(String name) {
    for (Layout layout : Layout.values()) {
      if (layout.name().equalsIgnoreCase(name)) {
        return layout;
      }
    }
    throw new IllegalArgumentException("--layout is tutorial or catalogue, not " + name);
  }
}
