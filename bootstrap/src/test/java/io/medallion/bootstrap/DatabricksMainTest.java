package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.bootstrap.DatabricksMain.CommandFailedException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabricksMainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private void run(String... args) {
    DatabricksMain.run(args, new PrintWriter(out, true), err);
  }

  @Test
  void givenVersionFlag_run_printsTheVersionAndReturns() {
    run("--version");

    assertThat(out.toString()).startsWith("medallion ");
  }

  @Test
  void givenHelpOnASubcommand_run_describesItAndReturns() {
    run("run", "--help");

    assertThat(out.toString()).contains("Usage: medallion run");
  }

  @Test
  void givenUnknownOption_run_throwsNamingTheCommandTheExitCodeAndTheReason(@TempDir Path dir) {
    assertThatThrownBy(() -> run("generate", "--out", dir.toString(), "--no-such-option"))
        .isInstanceOfSatisfying(
            CommandFailedException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
        .hasMessageStartingWith("medallion generate failed with exit code 2: ")
        .hasMessageContaining("--no-such-option");
    // The usage still reaches the task's log.
    assertThat(err.toString()).contains("Usage: medallion generate");
  }

  @Test
  void givenAFailingCommand_run_throwsWithMainsOneLineReason(@TempDir Path dir) {
    assertThatThrownBy(() -> run("query", "--workdir", dir.toString(), "SELECT 1"))
        .isInstanceOf(CommandFailedException.class)
        .hasMessageStartingWith("medallion query failed with exit code 1: no warehouse at")
        .hasMessageNotContaining("\n")
        .hasMessageNotContaining("SELECT");
  }

  @Test
  void givenVersionFlag_main_returnsInsteadOfExiting() {
    // Were System.exit called, this test's JVM would end and the build would fail.
    assertThatCode(() -> DatabricksMain.main(new String[] {"--version"}))
        .doesNotThrowAnyException();
  }

  @Test
  void givenUnknownCommand_main_throwsInsteadOfExiting() {
    assertThatThrownBy(() -> DatabricksMain.main(new String[] {"frobnicate"}))
        .isInstanceOf(CommandFailedException.class)
        .hasMessageContaining("exit code 2");
  }
}
