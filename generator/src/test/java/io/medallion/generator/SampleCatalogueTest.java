package io.medallion.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleCatalogueTest {

  private static final Map<String, String> HEADERS =
      Map.of(
          "netflix_titles.csv",
          "duration_minutes,duration_seasons,type,title,date_added,release_year,rating,description,"
              + "show_id",
          "netflix_cast.csv",
          "cast,show_id",
          "netflix_directors.csv",
          "director,show_id",
          "netflix_countries.csv",
          "country,show_id",
          "netflix_category.csv",
          "listed_in,show_id");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {50, SampleCatalogue.DEFAULT_TITLES})
  void givenTheSameSeedAndSize_writeTwice_expectsByteIdenticalFiles(int size) throws IOException {
    GeneratedSample first = SampleCatalogue.write(dir.resolve("first"), size, 42);
    GeneratedSample second = SampleCatalogue.write(dir.resolve("second"), size, 42);

    for (Feed feed : Feed.values()) {
      assertThat(Files.readAllBytes(second.file(feed)))
          .as(feed.fileStem())
          .isEqualTo(Files.readAllBytes(first.file(feed)));
    }
    assertThat(second.titles()).isEqualTo(first.titles());
    assertThat(second.lookups()).isEqualTo(first.lookups());
  }

  @Test
  void givenAnotherSeed_write_expectsOtherFiles() throws IOException {
    GeneratedSample first = SampleCatalogue.write(dir.resolve("first"), 50, 42);
    GeneratedSample second = SampleCatalogue.write(dir.resolve("second"), 50, 43);

    for (Feed feed : Feed.values()) {
      assertThat(Files.readAllBytes(second.file(feed)))
          .as(feed.fileStem())
          .isNotEqualTo(Files.readAllBytes(first.file(feed)));
    }
  }

  @Test
  void givenASample_readBytes_expectsByteOrderMarkCrlfAndTheTutorialsHeaders() throws IOException {
    SampleCatalogue.write(dir, 50, 1);

    for (Map.Entry<String, String> file : HEADERS.entrySet()) {
      assertLayout(dir.resolve(file.getKey()), file.getValue());
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(HEADERS.keySet());
    }
  }

  private static void assertLayout(Path file, String header) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(Arrays.copyOf(Files.readAllBytes(file), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(text).startsWith("\uFEFF" + header + "\r\n").endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
  }

  @Test
  void givenAFolderWithALargerSample_writeASmallerOne_expectsOnlyTheSmallerOne()
      throws IOException {
    SampleCatalogue.write(dir.resolve("fresh"), 50, 5);
    SampleCatalogue.write(dir.resolve("reused"), 500, 5);

    GeneratedSample reused = SampleCatalogue.write(dir.resolve("reused"), 50, 5);

    for (Feed feed : Feed.values()) {
      assertThat(Files.readAllBytes(reused.file(feed)))
          .isEqualTo(Files.readAllBytes(SampleCatalogue.file(dir.resolve("fresh"), feed)));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, SampleCatalogue.MIN_TITLES - 1, SampleCatalogue.MAX_TITLES + 1})
  void givenASizeOutOfRange_write_expectsIllegalArgumentAndNoFiles(int size) {
    assertThatThrownBy(() -> SampleCatalogue.write(dir.resolve("out"), size, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(size));
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void givenASample_askForTheTitlesAsALookup_expectsIllegalArgument() throws IOException {
    GeneratedSample sample = SampleCatalogue.write(dir, SampleCatalogue.MIN_TITLES, 1);

    assertThatThrownBy(() -> sample.lookup(Feed.TITLES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
