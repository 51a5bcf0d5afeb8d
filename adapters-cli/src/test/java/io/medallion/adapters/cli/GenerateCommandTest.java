package io.medallion.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.generator.Layout;
import io.medallion.generator.SampleIncrement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code medallion generate --increment}: the options reach the generator, bad ones say why. */
class GenerateCommandTest {

  /** Scale 0.01 of the tutorial's 6,200 titles. */
  private static final int TITLES = 62;

  @TempDir Path dir;

  @Test
  void givenIncrementAndBatch_generate_writesOnlyThatIncrementAndSaysWhatItHolds()
      throws IOException {
    Cli cli =
        Cli.run(
            "generate",
            "--out",
            dir.resolve("cli").toString(),
            "--scale",
            "0.01",
            "--layout",
            "catalogue",
            "--increment",
            "10",
            "--batch",
            "3");

    Path expected =
        SampleIncrement.write(
                dir.resolve("api"), TITLES, MedallionCli.SAMPLE_SEED, Layout.CATALOGUE, 10, 3)
            .file();
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(files(dir.resolve("cli"))).containsExactly("netflix_titles-increment-0003.csv");
    Path written = dir.resolve("cli/netflix_titles-increment-0003.csv");
    assertThat(Files.readAllBytes(written)).isEqualTo(Files.readAllBytes(expected));
    assertThat(cli.out().strip())
        .doesNotContain("\n")
        .contains("wrote 6 new and 6 changed titles (10% each of ")
        .contains("catalogue layout")
        .endsWith(written.toAbsolutePath().toString());
  }

  @Test
  void givenIncrementWithoutBatch_generate_writesTheFirstBatchOfTheTutorialLayout()
      throws IOException {
    Cli cli = Cli.run("generate", "--out", dir.toString(), "--scale", "0.01", "--increment", "1.5");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(files(dir)).containsExactly("netflix_titles-increment-0001.csv");
    assertThat(cli.out()).contains("(1.5% each of ").contains("tutorial layout");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "101", "NaN"})
  void givenAPercentageOutOfRange_generate_failsWithOneLineReasonAndNoFile(String percent) {
    Cli cli = Cli.run("generate", "--out", dir.resolve("out").toString(), "--increment=" + percent);

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err().strip())
        .startsWith("medallion: --increment is a percentage above 0 and at most 100, not ")
        .doesNotContain("\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void givenBatchWithoutIncrement_generate_failsNamingTheMissingOption() {
    Cli cli = Cli.run("generate", "--out", dir.toString(), "--batch", "2");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("--batch needs --increment");
  }

  @Test
  void givenBatchZero_generate_failsNamingTheBatches() {
    Cli cli = Cli.run("generate", "--out", dir.toString(), "--increment", "1", "--batch", "0");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("increment batches 1 to").contains("not 0");
  }

  private static Stream<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList().stream();
    }
  }
}
