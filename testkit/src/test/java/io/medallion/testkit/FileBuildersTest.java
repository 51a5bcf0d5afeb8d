package io.medallion.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.domain.medallion.Feed;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileBuildersTest {

  @Test
  void givenMovieAndShow_titles_writeTheTutorialLayout() {
    String text = TitleFiles.titles().movie("1", "Film: Part", 90).show("2", "Show", 3).text();

    assertThat(text)
        .isEqualTo(
            "duration_minutes,duration_seasons,type,title,date_added,release_year,rating,"
                + "description,show_id\n"
                + "90,,Movie,Film: Part,1/1/2020,2020,PG,About Film: Part,1\n"
                + ",3,TV Show,Show,1/1/2020,2020,TV-14,About Show,2\n");
  }

  @Test
  void givenMovieAndShow_catalogue_writesTheCatalogueLayout() {
    String text =
        CatalogueFiles.catalogue()
            .movie("s1", "Film", "90 min")
            .with("cast", "Ada, Bob")
            .show("s2", "Show", "2 Seasons")
            .text();

    assertThat(text)
        .isEqualTo(
            "show_id,type,title,director,cast,country,date_added,release_year,rating,duration,"
                + "listed_in,description\n"
                + "s1,Movie,Film,,\"Ada, Bob\",,\"September 25, 2021\",2021,PG-13,90 min,,"
                + "About Film\n"
                + "s2,TV Show,Show,,,,\"September 25, 2021\",2021,TV-MA,2 Seasons,,About Show\n");
  }

  @Test
  void givenValuesNeedingQuotes_titles_quoteThem() {
    String text = TitleFiles.titles().movie("1", "Say \"hi\", twice", 90).text();

    assertThat(text).contains(",\"Say \"\"hi\"\", twice\",");
  }

  @Test
  void givenBom_bytes_startWithIt() {
    byte[] bytes = LookupFiles.of(Feed.CAST).pair("Ada", "1").withBom().bytes();

    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo("cast,show_id\nAda,1\n");
  }

  @Test
  void givenUnknownColumn_with_isRefused() {
    assertThatThrownBy(() -> TitleFiles.titles().movie("1", "F", 90).with("genre", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("genre");
  }

  @Test
  void givenTitlesFeed_lookupFiles_isRefused() {
    assertThatThrownBy(() -> LookupFiles.of(Feed.TITLES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
