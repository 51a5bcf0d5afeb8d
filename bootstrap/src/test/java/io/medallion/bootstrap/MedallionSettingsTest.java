package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.domain.medallion.Feed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MedallionSettingsTest {

  @Test
  void givenTheDocumentedExample_settings_nameEveryLookupAndTheLake() {
    MedallionSettings settings =
        MedallionSettings.fromFile(Cli.projectRoot().resolve("config/local.conf"));

    assertThat(settings.sources())
        .extracting(s -> s.feed())
        .containsExactlyInAnyOrderElementsOf(Feed.lookups());
    assertThat(settings.sources())
        .allSatisfy(s -> assertThat(s.uri().toString()).startsWith("http://127.0.0.1:8000/"));
    assertThat(settings.runCommand().lookups()).hasSize(4);
    assertThat(settings.http().requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.lakeRoot().endsWith(Path.of("medallion-data", "lake"))).isTrue();
  }

  @Test
  void givenWorkdir_settings_placeLakeAndWarehouseUnderIt() {
    MedallionSettings settings = MedallionSettings.forWorkdir(Path.of("/tmp/x"));

    assertThat(settings.lakeRoot()).isEqualTo(Path.of("/tmp/x/lake"));
    assertThat(settings.warehouseFile()).isEqualTo(Path.of("/tmp/x/warehouse/medallion.duckdb"));
    assertThat(settings.sparkMaster()).isEqualTo("local[2]");
  }

  @Test
  void givenNoLookupFetched_runCommand_hasNoLookupsAndRefusesStraySources(@TempDir Path dir)
      throws Exception {
    Path catalogue = dir.resolve("catalogue.conf");
    Files.writeString(catalogue, "medallion.fetch-lookups = false\n");
    Path both = dir.resolve("both.conf");
    Files.writeString(
        both,
        "medallion.fetch-lookups = false\n"
            + "medallion.sources.netflix_cast = \"http://127.0.0.1:1/netflix_cast.csv\"\n");

    assertThat(MedallionSettings.fromFile(catalogue).runCommand().lookups()).isEmpty();
    assertThatThrownBy(() -> MedallionSettings.fromFile(both).runCommand())
        .hasMessageContaining("fetch-lookups is false");
    Path noSources = dir.resolve("no-sources.conf");
    Files.writeString(noSources, "medallion.workdir = \"" + dir + "\"\n");
    assertThatThrownBy(() -> MedallionSettings.fromFile(noSources).runCommand())
        .hasMessageContaining("no source given for")
        .hasMessageContaining("fetch-lookups = false");
    // A working folder alone fetches nothing: its lookups are those its raw zone holds.
    assertThat(MedallionSettings.forWorkdir(dir).runCommand().lookups()).isEmpty();
  }
}
