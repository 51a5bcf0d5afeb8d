package io.medallion.benchmarks.peer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The peer baseline: the pipeline's bronze-to-gold transformation of the tutorial's five files,
 * with the same rules, as plain DuckDB SQL (the scripts in {@code peer/}) in one fresh database
 * file. DuckDB uses every core it sees.
 */
public final class DuckDbBaseline {

  /** DuckDB's memory limit, about what the pipeline's JVM is given. */
  static final String MEMORY_LIMIT = "3GB";

  private DuckDbBaseline() {}

  /**
   * Builds bronze, silver and gold from the five files in {@code sourceDir} into {@code database}
   * (replaced if it exists). The total runs from opening the file to gold's checkpoint; each step
   * includes writing its tables to the file.
   */
  public static BaselineRun run(Path sourceDir, Path database) throws IOException, SQLException {
    fresh(database);
    loadDriver();
    Map<String, Duration> steps = new LinkedHashMap<>();
    long start = System.nanoTime();
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
        Statement statement = connection.createStatement()) {
      LayerScripts scripts = new LayerScripts(connection, RuleConstants.values(MEMORY_LIMIT));
      scripts.setup();
      steps.put("bronze", timed(statement, () -> scripts.bronze(sourceDir)));
      steps.put("silver", timed(statement, scripts::silver));
      steps.put("gold", timed(statement, scripts::gold));
      Duration total = Duration.ofNanos(System.nanoTime() - start);
      TableCounts counts = TableCounts.read(connection);
      return new BaselineRun(
          total, steps, counts.goldRows(), counts.silverRows(), counts.quarantined());
    }
  }

  /** {@code SOURCE_DIR DATABASE_FILE OUT_JSON}: runs the baseline and writes its run as JSON. */
  public static void main(String[] args) throws IOException, SQLException {
    if (args.length != 3) {
      System.err.println("usage: DuckDbBaseline SOURCE_DIR DATABASE_FILE OUT_JSON");
      System.exit(2);
    }
    run(Path.of(args[0]), Path.of(args[1])).write(Path.of(args[2]));
  }

  /**
   * Runs a step in one transaction (measured faster than a commit per statement), then writes what
   * it made to the database file, as each of the pipeline's stages writes its tables. A failing
   * expectation rolls the step back; each table's checks come before it is written.
   */
  private static Duration timed(Statement statement, Step step) throws IOException, SQLException {
    long start = System.nanoTime();
    statement.execute("BEGIN TRANSACTION");
    try {
      step.run();
    } catch (IOException | SQLException | RuntimeException e) {
      statement.execute("ROLLBACK");
      throw e;
    }
    statement.execute("COMMIT");
    statement.execute("CHECKPOINT");
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** Loads DuckDB's native library, a one-off of the JVM like its own start, before the clock. */
  private static void loadDriver() throws SQLException {
    DriverManager.getConnection("jdbc:duckdb:").close();
  }

  private static void fresh(Path database) throws IOException {
    Path parent = database.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.deleteIfExists(database);
    Files.deleteIfExists(parent.resolve(database.getFileName() + ".wal"));
  }

  /** One step's work. */
  private interface Step {
    void run() throws IOException, SQLException;
  }
}
