package io.medallion.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchMainTest {

  @Test
  void givenHelp_bench_namesItsScenariosInTextPicocliCouldFormat() {
    CommandLine command = new CommandLine(new BenchMain());
    StringWriter help = new StringWriter();
    command.setOut(new PrintWriter(help));

    int code = command.execute("--help");

    assertThat(code).isZero();
    // picocli formats each description line; a bare "%" fails that, and it prints a warning and
    // the raw text instead.
    for (String line : command.getCommandSpec().usageMessage().description()) {
      assertThat(String.format(line)).doesNotContain("%%");
    }
    assertThat(help.toString()).contains("1% new + 1% changed titles").doesNotContain("%n");
  }
}
