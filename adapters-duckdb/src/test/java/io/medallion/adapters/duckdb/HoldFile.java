package io.medallion.adapters.duckdb;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Another process holding a DuckDB file for writing, as a query, the dashboard or a watcher's load
 * does: {@code HoldFile <file> <millis>} prints "held" once it has the file and lets go after.
 */
final class HoldFile {

  private HoldFile() {}

  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
      System.out.println("held");
      System.out.flush();
      Thread.sleep(Long.parseLong(args[1]));
    }
  }

  /** Starts a JVM holding {@code file} for {@code hold}; returns once it holds it. */
  static Process start(Path file, Duration hold) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.addAll(List.of(HoldFile.class.getName(), file.toString(), "" + hold.toMillis()));
    Process holder = new ProcessBuilder(command).redirectErrorStream(true).start();
    String first = new String(holder.getInputStream().readNBytes(4));
    if (!first.equals("held")) {
      holder.destroyForcibly();
      throw new IllegalStateException("the holder did not take the file: " + first);
    }
    return holder;
  }
}
