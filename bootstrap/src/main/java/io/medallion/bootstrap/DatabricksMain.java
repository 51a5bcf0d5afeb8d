package io.medallion.bootstrap;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of a Databricks JAR task: the same commands as {@link Main}, but a failure is
 * thrown instead of exiting, since the task fails when {@code main} throws and the driver's JVM is
 * the cluster's, not ours to end.
 */
public final class DatabricksMain {

  private DatabricksMain() {}

  public static void main(String[] args) {
    run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  /** Runs one command; returns when it succeeds, else throws naming it, its code and reason. */
  static void run(String[] args, PrintWriter out, Writer err) {
    FirstLineWriter reason = new FirstLineWriter(err);
    int code = Main.run(args, out, new PrintWriter(reason, true));
    if (code != 0) {
      throw new CommandFailedException(commandOf(args), code, reason.firstLine());
    }
  }

  // The words before the first option name the command; option values (paths) are left out.
  private static String commandOf(String[] args) {
    List<String> words = new ArrayList<>(List.of("medallion"));
    for (String arg : args) {
      if (arg.startsWith("-")) {
        break;
      }
      words.add(arg);
    }
    return String.join(" ", words);
  }

  /** A command that ended with a non-zero exit code. */
  public static final class CommandFailedException extends RuntimeException {

    private final int exitCode;

    CommandFailedException(String command, int exitCode, String reason) {
      super(
          command + " failed with exit code " + exitCode + (reason.isEmpty() ? "" : ": " + reason));
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  /** Passes the error stream on and keeps its first non-blank line: the reason for a failure. */
  private static final class FirstLineWriter extends Writer {

    // A reason is one line; a longer one is cut rather than held whole in memory.
    private static final int LONGEST = 1000;

    private final Writer delegate;
    private final StringBuilder line = new StringBuilder();
    private String first = "";

    FirstLineWriter(Writer delegate) {
      this.delegate = delegate;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      delegate.write(chars, offset, length);
      for (int i = offset; i < offset + length && first.isEmpty(); i++) {
        char c = chars[i];
        if (c == '\n' || c == '\r') {
          first = line.toString().strip();
          line.setLength(0);
        } else if (line.length() < LONGEST) {
          line.append(c);
        }
      }
    }

    @Override
    public void flush() throws IOException {
      delegate.flush();
    }

    // The delegate may be the process's stderr, which outlives one command.
    @Override
    public void close() throws IOException {
      delegate.flush();
    }

    String firstLine() {
      String reason = first.isEmpty() ? line.toString().strip() : first;
      // Main prefixes its reasons with the program's name, which the message already starts with.
      return reason.startsWith("medallion: ") ? reason.substring("medallion: ".length()) : reason;
    }
  }
}
