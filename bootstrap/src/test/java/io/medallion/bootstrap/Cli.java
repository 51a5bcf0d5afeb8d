package io.medallion.bootstrap;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in this JVM (sharing its one Spark session) and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Cli(code, out.toString(), err.toString());
  }

  /** The project's root folder: the nearest parent of the working folder holding {@code mvnw}. */
  static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("not inside the medallion project");
    }
    return dir;
  }

  /** The tutorial's real files, beside the project in {@code ../shared/data/netflix}. */
  static Path tutorialData() {
    return projectRoot().resolve("../shared/data/netflix").normalize();
  }
}
