package io.medallion.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The catalogue layout's file: the public file's shape, the same for the same seed. */
class CatalogueLayoutTest {

  static final String HEADER =
      "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,"
          + "listed_in,description";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {50, SampleCatalogue.DEFAULT_TITLES})
  void givenTheSameSeedAndSize_writeTheCatalogueTwice_expectsByteIdenticalFiles(int size)
      throws IOException {
    GeneratedSample first = catalogue("first", size, 42);
    GeneratedSample second = catalogue("second", size, 42);
    GeneratedSample other = catalogue("other", size, 43);

    assertThat(bytes(second)).isEqualTo(bytes(first)).isNotEqualTo(bytes(other));
    assertThat(second.titles()).isEqualTo(first.titles());
    assertThat(second.lookups()).isEqualTo(first.lookups());
  }

  @Test
  void givenNoLayout_write_expectsTheTutorialLayoutByteForByte() throws IOException {
    GeneratedSample implicit = SampleCatalogue.write(dir.resolve("implicit"), 50, 9);
    GeneratedSample explicit =
        SampleCatalogue.write(dir.resolve("explicit"), 50, 9, Layout.TUTORIAL);

    assertThat(explicit.layout()).isEqualTo(implicit.layout()).isEqualTo(Layout.TUTORIAL);
    for (Feed feed : Feed.values()) {
      assertThat(Files.readAllBytes(explicit.file(feed)))
          .as(feed.fileStem())
          .isEqualTo(Files.readAllBytes(implicit.file(feed)));
    }
    assertThat(explicit.titles()).isEqualTo(implicit.titles());
    assertThat(explicit.lookups()).isEqualTo(implicit.lookups());
  }

  @Test
  void givenACatalogue_readBytes_expectsOneFileWithoutMarkWithLfAndThePublicHeader()
      throws IOException {
    GeneratedSample sample = catalogue("out", 50, 1);

    Path file = dir.resolve("out").resolve("netflix_titles.csv");
    assertThat(sample.layout()).isEqualTo(Layout.CATALOGUE);
    assertThat(sample.files()).isEqualTo(Map.of(Feed.TITLES, file));
    assertThat(files(dir.resolve("out"))).containsExactly("netflix_titles.csv");
    assertThat(Files.readAllBytes(file)[0]).isEqualTo((byte) 's');
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith(HEADER + "\n").endsWith("\n").doesNotContain("\r");
    assertThat(ParsedFile.readPlain(file).header()).isEqualTo(List.of(HEADER.split(",")));
    assertThatThrownBy(() -> sample.file(Feed.CAST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CATALOGUE");
  }

  @Test
  void givenAFolderWithATutorialSample_writeTheCatalogue_expectsOnlyTheCatalogueFile()
      throws IOException {
    SampleCatalogue.write(dir.resolve("reused"), 50, 5);
    catalogue("fresh", 50, 5);

    catalogue("reused", 50, 5);

    assertThat(files(dir.resolve("reused"))).containsExactly("netflix_titles.csv");
    assertThat(Files.readAllBytes(dir.resolve("reused").resolve("netflix_titles.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("fresh").resolve("netflix_titles.csv")));
  }

  @Test
  void givenNoLayoutOrABadSize_write_expectsAnErrorAndNoFiles() {
    assertThatThrownBy(() -> SampleCatalogue.write(dir.resolve("out"), 50, 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("layout");
    assertThatThrownBy(() -> catalogue("out", SampleCatalogue.MIN_TITLES - 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private GeneratedSample catalogue(String folder, int size, long seed) throws IOException {
    return SampleCatalogue.write(dir.resolve(folder), size, seed, Layout.CATALOGUE);
  }

  private static byte[] bytes(GeneratedSample sample) throws IOException {
    return Files.readAllBytes(sample.file(Feed.TITLES));
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
