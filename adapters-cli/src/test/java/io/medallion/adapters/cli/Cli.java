package io.medallion.adapters.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI on use cases that refuse every call, and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        MedallionCli.run(
            args,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            name -> null,
            new RefusingUseCases());
    return new Cli(code, out.toString(), err.toString());
  }
}
