package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.port.out.RunLog;
import io.medallion.application.run.RunId;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaintainCommandTest {

  @Test
  void givenLakeOfSmallCommits_maintain_compactsEachTableAndKeepsItsRows(@TempDir Path dir) {
    RunLog log = HistoryCommandTest.runLog(dir);
    log.started(new RunId("20261124-100000-0001"), Instant.parse("2026-11-24T10:00:00Z"));
    log.record(HistoryCommandTest.report("20261124-100000-0001", "2026-11-24T10:00:00Z", null));
    log.started(new RunId("20261124-110000-0002"), Instant.parse("2026-11-24T11:00:00Z"));

    Cli cli = Cli.run("maintain", "--workdir", dir.toString());

    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out().lines())
        .first()
        .asString()
        .startsWith("table")
        .contains("files_before", "files_after")
        .endsWith("vacuumed");
    String events =
        cli.out().lines().filter(l -> l.startsWith("meta.events")).findFirst().orElseThrow();
    String[] counts = events.split("\\s+");
    assertThat(Long.parseLong(counts[1])).isGreaterThanOrEqualTo(3);
    assertThat(counts).containsExactly("meta.events", counts[1], "1", "0");
    assertThat(Cli.run("history", "--workdir", dir.toString()).out())
        .contains("20261124-110000-0002")
        .contains("20261124-100000-0001");
  }

  @Test
  void givenRetentionBelowAWeek_maintain_refusesBeforeOpeningTheLake(@TempDir Path dir) {
    Cli cli = Cli.run("maintain", "--workdir", dir.toString(), "--retention-hours", "24");

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.err().strip())
        .startsWith("medallion: a retention of 24 hours is refused")
        .contains("168 hours")
        .doesNotContain("\n");
    assertThat(dir.resolve("lake")).doesNotExist();
  }

  @Test
  void givenHelp_maintain_describesTheRetention() {
    Cli cli = Cli.run("maintain", "--help");

    assertThat(cli.exitCode()).isZero();
    assertThat(cli.out()).contains("Usage: medallion maintain").contains("--retention-hours");
  }
}
