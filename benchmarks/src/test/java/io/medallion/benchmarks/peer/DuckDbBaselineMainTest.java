package io.medallion.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.generator.SampleCatalogue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line the harness runs in a child JVM, and the JSON it reads back. */
class DuckDbBaselineMainTest {

  @TempDir Path dir;

  @Test
  void givenASample_main_writesTheRunAsJsonWithTheDatabasesCounts() throws Exception {
    Path sources = dir.resolve("sample");
    SampleCatalogue.write(sources, 100, 42);
    Path database = dir.resolve("out/baseline.duckdb");

    DuckDbBaseline.main(
        new String[] {sources.toString(), database.toString(), dir.resolve("run.json").toString()});

    BaselineRun run = BaselineRun.read(dir.resolve("run.json"));
    assertThat(run.steps()).containsOnlyKeys("bronze", "silver", "gold");
    assertThat(run.steps().keySet()).containsExactly("bronze", "silver", "gold");
    Duration steps = run.steps().values().stream().reduce(Duration.ZERO, Duration::plus);
    assertThat(run.total()).isGreaterThanOrEqualTo(steps);
    assertThat(run.goldRows()).isEqualTo(counted(database, run.goldRows()));
    assertThat(run.silverRows()).isEqualTo(counted(database, run.silverRows()));
  }

  @Test
  void givenARun_writeThenRead_givesTheSameRun() throws Exception {
    Map<String, Duration> steps = new LinkedHashMap<>();
    steps.put("bronze", Duration.ofMillis(1_250));
    steps.put("silver", Duration.ofNanos(3));
    steps.put("gold", Duration.ofSeconds(61, 999_999_999));
    BaselineRun run =
        new BaselineRun(
            Duration.ofSeconds(70),
            steps,
            Map.of("gold.dim_title", 6_232L),
            Map.of("silver.titles", 6_232L),
            Map.of("silver.titles", 4L));

    run.write(dir.resolve("run.json"));

    assertThat(BaselineRun.read(dir.resolve("run.json"))).isEqualTo(run);
  }

  /** Each table's rows as count(*) reads them. */
  private static Map<String, Long> counted(Path database, Map<String, Long> tables)
      throws Exception {
    Map<String, Long> counted = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
        Statement statement = connection.createStatement()) {
      for (String table : tables.keySet()) {
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM \"" + table.replace(".", "\".\"") + "\"")) {
          rows.next();
          counted.put(table, rows.getLong(1));
        }
      }
    }
    return counted;
  }
}
