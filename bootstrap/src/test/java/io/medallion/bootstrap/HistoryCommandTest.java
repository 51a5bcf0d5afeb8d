package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.RunLog;
import io.medallion.application.run.LayerResult;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import io.medallion.application.run.RunReport.IngestedFile;
import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

  @Test
  void givenRunsThatSucceededFailedAndDied_history_printsThemNewestFirst(@TempDir Path dir) {
    RunLog log = runLog(dir);
    log.record(report("20261124-100000-0001", "2026-11-24T10:00:00Z", null));
    log.record(report("20261124-110000-0002", "2026-11-24T11:00:00Z", "silver.titles broke"));
    log.started(new RunId("20261124-120000-0003"), Instant.parse("2026-11-24T12:00:00Z"));

    Cli cli = Cli.run("history", "--workdir", dir.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    List<String> lines = cli.out().lines().toList();
    assertThat(lines.get(0)).startsWith("run_id").contains("bronze_in").endsWith("reason");
    assertThat(lines.get(2)).startsWith("20261124-120000-0003").contains("died");
    assertThat(lines.get(3))
        .startsWith("20261124-110000-0002")
        .contains("failed")
        .endsWith("silver.titles broke");
    assertThat(lines.get(4).split("\\s+"))
        .containsExactly(
            "20261124-100000-0001",
            "2026-11-24T10:00:00Z",
            "2026-11-24T10:00:42Z",
            "succeeded",
            "1",
            "12",
            "12",
            "12",
            "10",
            "0",
            "0");
    assertThat(lines).hasSize(5);
  }

  @Test
  void givenCsvAndLimit_history_printsTheNewestRunsAsCsv(@TempDir Path dir) {
    RunLog log = runLog(dir);
    log.record(report("20261124-100000-0001", "2026-11-24T10:00:00Z", null));
    log.record(report("20261124-110000-0002", "2026-11-24T11:00:00Z", "it broke, twice"));

    Cli cli = Cli.run("history", "--workdir", dir.toString(), "--format", "csv", "--limit", "1");

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out().lines())
        .containsExactly(
            "run_id,started,finished,status,files,bronze_in,bronze_out,silver_in,silver_out,"
                + "gold_in,gold_out,reason",
            "20261124-110000-0002,2026-11-24T11:00:00Z,2026-11-24T11:00:42Z,failed,1,12,12,12,10,"
                + "0,0,\"it broke, twice\"");
  }

  @Test
  void givenLimitOfZero_history_failsWithOneLineReason(@TempDir Path dir) {
    runLog(dir).started(new RunId("20261124-100000-0001"), Instant.parse("2026-11-24T10:00:00Z"));

    Cli cli = Cli.run("history", "--workdir", dir.toString(), "--limit", "0");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err().strip()).startsWith("medallion: ").contains("at least 1");
  }

  @Test
  void givenNoLake_history_saysToRunTheDemoFirst(@TempDir Path dir) {
    Cli cli = Cli.run("history", "--workdir", dir.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err()).contains("no lake at").contains("medallion demo");
  }

  @Test
  void givenHelp_history_describesItsOptions() {
    Cli cli = Cli.run("history", "--help");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("Usage: medallion history").contains("--limit");
  }

  /** The real Delta run log of that working folder, as the CLI's wiring builds it. */
  static RunLog runLog(Path workdir) {
    return Wiring.history(MedallionSettings.forWorkdir(workdir)).getInstance(RunLog.class);
  }

  static RunReport report(String id, String start, String failure) {
    Instant at = Instant.parse(start);
    return new RunReport(
        new RunId(id),
        at,
        at.plusSeconds(42),
        Optional.ofNullable(failure),
        List.of(
            new IngestedFile("netflix_cast", "raw/netflix_cast/a.csv", 120, true),
            new IngestedFile("netflix_category", "raw/netflix_category/b.csv", 80, false)),
        List.of(
            new LayerResult(TableName.of(Layer.BRONZE, "cast"), 12, 12, 0, 0, List.of(), 1, false),
            new LayerResult(TableName.of(Layer.SILVER, "cast"), 12, 10, 2, 0, List.of(), 1, false)),
        List.of());
  }
}
