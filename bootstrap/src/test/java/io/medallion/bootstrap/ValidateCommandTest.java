package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.application.run.LookupSource;
import io.medallion.domain.medallion.Feed;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medallion validate} over the product's wiring, in this JVM: sources on a closed port are
 * named one line each, and served ones pass, with the lake and the local warehouse left unmade.
 */
class ValidateCommandTest {

  @TempDir Path dir;

  @Test
  void givenSourcesOnAClosedPort_validate_namesEachAndExitsOne() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String base = "http://127.0.0.1:" + closedPort;
    Path config =
        config(
            Feed.lookups().stream()
                .map(
                    f ->
                        new LookupSource(
                            f, java.net.URI.create(base + "/" + f.fileStem() + ".csv")))
                .toList());

    Cli cli = Cli.run("validate", "--config", config.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    for (Feed feed : Feed.lookups()) {
      assertThat(cli.out().lines())
          .contains(
              "problem: source "
                  + feed.fileStem()
                  + ": connection refused (a closed port?) at "
                  + base
                  + "/"
                  + feed.fileStem()
                  + ".csv");
    }
    assertThat(cli.out().lines())
        .contains("ok: the lake", "ok: the warehouse", "4 problems found")
        .anyMatch(line -> line.startsWith("ok: the plan: "));
    assertNothingWritten();
  }

  @Test
  void givenServedSources_validate_passesEveryCheckAndExitsZero() throws IOException {
    Path served = Files.createDirectories(dir.resolve("served"));
    for (Feed feed : Feed.lookups()) {
      Files.writeString(served.resolve(feed.fileStem() + ".csv"), "name,show_id\nAda,s1\n");
    }
    try (DemoSourceServer server = DemoSourceServer.serve(served)) {
      Cli cli = Cli.run("validate", "--config", config(server.sources()).toString());

      assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero();
      assertThat(cli.out().lines()).filteredOn(line -> line.startsWith("ok: source ")).hasSize(4);
      assertThat(cli.out().lines())
          .noneMatch(line -> line.startsWith("problem:"))
          .contains("valid: nothing found that would stop a run");
    }
    assertNothingWritten();
  }

  @Test
  void givenAConfigThatDoesNotParse_validate_saysSoOnOneLineAndExitsOne() throws IOException {
    Path config = Files.writeString(dir.resolve("broken.conf"), "medallion { workdir = \n");

    Cli cli = Cli.run("validate", "--config", config.toString());

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(cli.out().lines())
        .singleElement()
        .asString()
        .startsWith("problem: the settings do not read: ");
    assertThat(cli.err()).doesNotContain("Exception");
  }

  private Path config(List<LookupSource> sources) throws IOException {
    StringBuilder conf = new StringBuilder("medallion {\n");
    conf.append("  workdir = \"").append(dir.resolve("workdir")).append("\"\n  sources {\n");
    sources.forEach(
        s -> conf.append("    ").append(s.name()).append(" = \"").append(s.uri()).append("\"\n"));
    return Files.writeString(dir.resolve("run.conf"), conf.append("  }\n}\n").toString());
  }

  private void assertNothingWritten() {
    assertThat(dir.resolve("workdir")).doesNotExist();
  }
}
