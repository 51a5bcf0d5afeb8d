package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @Test
  void givenVersionFlag_cli_printsTheVersionAndSucceeds() {
    Cli cli = Cli.run("--version");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).startsWith("medallion ");
  }

  @Test
  void givenHelpOnEveryCommand_cli_describesIt() {
    for (String command : new String[] {"demo", "run", "tables", "quality", "query", "generate"}) {
      Cli cli = Cli.run(command, "--help");
      assertThat(cli.exitCode()).as(command).isZero();
      assertThat(cli.out()).as(command).contains("Usage: medallion " + command);
    }
  }

  @Test
  void givenLayouts_generate_writesTheTutorialFilesOrTheCatalogueFile(@TempDir Path dir) {
    Cli tutorial = Cli.run("generate", "--out", dir.resolve("t").toString(), "--scale", "0.01");
    Cli catalogue =
        Cli.run(
            "generate",
            "--out",
            dir.resolve("c").toString(),
            "--scale",
            "0.01",
            "--layout",
            "catalogue");

    assertThat(tutorial.exitCode()).as(tutorial.err()).isZero();
    assertThat(tutorial.out()).contains("tutorial layout");
    assertThat(dir.resolve("t/netflix_cast.csv")).exists();
    assertThat(catalogue.exitCode()).as(catalogue.err()).isZero();
    assertThat(dir.resolve("c/netflix_titles.csv")).exists();
    assertThat(dir.resolve("c/netflix_cast.csv")).doesNotExist();
  }

  @Test
  void givenUnknownLayout_generate_failsNamingTheChoices(@TempDir Path dir) {
    Cli cli = Cli.run("generate", "--out", dir.toString(), "--layout", "parquet");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("tutorial or catalogue");
  }

  @Test
  void givenUnknownCommand_cli_failsNamingIt() {
    Cli cli = Cli.run("frobnicate");

    assertThat(cli.exitCode()).isNotZero();
    assertThat(cli.err()).contains("frobnicate");
  }

  @Test
  void givenNoWarehouse_query_failsWithOneLineReason(@TempDir Path dir) {
    Cli cli = Cli.run("query", "--workdir", dir.toString(), "SELECT 1");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err().strip()).startsWith("medallion: no warehouse at").doesNotContain("\n");
  }

  @Test
  void givenSourceDirMissingAFile_demo_namesTheMissingFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("netflix_titles.csv"), "show_id\n");

    Cli cli =
        Cli.run(
            "demo", "--workdir", dir.resolve("work").toString(), "--source-dir", dir.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("netflix_cast.csv").contains("netflix_category.csv");
  }

  @Test
  void givenConfigWithoutSources_run_namesTheMissingFeeds(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("x.conf");
    Files.writeString(config, "medallion.workdir = \"" + dir.resolve("w") + "\"\n");

    Cli cli = Cli.run("run", "--config", config.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("no source given for").contains("CAST");
  }

  @Test
  void givenAnUnknownStage_run_isRefusedNamingTheStages(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("x.conf");
    Files.writeString(config, "medallion.fetch-lookups = false\n");

    Cli cli = Cli.run("run", "--config", config.toString(), "--stage", "nonsense");

    assertThat(cli.exitCode()).isNotZero();
    assertThat(cli.err())
        .contains("--stage")
        .contains("not a stage: 'nonsense' (one of ingest, bronze, silver, gold, serve)");
    assertThat(dir.resolve("medallion-data")).doesNotExist();
  }

  @Test
  void givenAStageWithoutIngest_runFullRefresh_isRefusedBeforeAnyWork(@TempDir Path dir)
      throws Exception {
    Path config = dir.resolve("x.conf");
    Files.writeString(
        config,
        "medallion.fetch-lookups = false\nmedallion.workdir = \"" + dir.resolve("w") + "\"\n");

    Cli cli = Cli.run("run", "--config", config.toString(), "--stage", "silver", "--full-refresh");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err().strip())
        .startsWith("medallion: a full refresh empties every layer")
        .contains("ingest");
    assertThat(dir.resolve("w")).doesNotExist();
  }

  @Test
  void givenHelp_run_describesTheStageOptionAndOtherCommandsDoNot() {
    assertThat(Cli.run("run", "--help").out()).contains("--stage=STAGE");
    assertThat(Cli.run("demo", "--help").out()).doesNotContain("--stage");
  }
}
