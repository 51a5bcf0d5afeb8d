package io.medallion.bootstrap;

import io.medallion.adapters.cli.MedallionCli;
import java.io.PrintWriter;
import java.util.function.Function;

/** The {@code medallion} command line, over the product's wiring. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command; returns its exit code (0 on success, a one-line reason on stderr if not). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System::getenv);
  }

  /** Runs one command with secrets looked up in {@code environment} (a test's fake one). */
  static int run(
      String[] args, PrintWriter out, PrintWriter err, Function<String, String> environment) {
    return MedallionCli.run(args, out, err, environment, new WiredUseCases());
  }
}
