package io.medallion.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.domain.medallion.Feed;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @Test
  void givenSourceFolders_demoChecked_tellsTheLayoutByTheTitlesHeader(@TempDir Path dir)
      throws Exception {
    Path catalogue = Files.createDirectories(dir.resolve("catalogue"));
    Files.writeString(
        catalogue.resolve("netflix_titles.csv"),
        "\uFEFFshow_id,type,title,director,cast,country,date_added,release_year,rating,duration,"
            + "listed_in,description\ns1,Movie,A,,,,,2020,R,90 min,,x\n");
    Path tutorial = Files.createDirectories(dir.resolve("tutorial"));
    Files.writeString(
        tutorial.resolve("netflix_titles.csv"), String.join(",", Feed.TITLES.columns()) + "\n");

    assertThat(DemoCommand.checked(catalogue)).isEqualTo(Feed.CATALOGUE);
    assertThatThrownBy(() -> DemoCommand.checked(tutorial))
        .hasMessageContaining("netflix_cast.csv");
    for (Feed feed : Feed.lookups()) {
      Files.writeString(tutorial.resolve(feed.fileStem() + ".csv"), "x,show_id\n");
    }
    assertThat(DemoCommand.checked(tutorial)).isEqualTo(Feed.TITLES);
  }
}
