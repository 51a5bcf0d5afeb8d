package io.medallion.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.generator.SampleCatalogue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline against the real pipeline (Spark and Delta, in a child JVM) on one generated sample:
 * every table's rows in, out, dropped and quarantined, and every expectation's failures.
 */
class DuckDbBaselinePipelineTest {

  @TempDir Path dir;

  @Test
  void givenAGeneratedSample_run_countsEveryTableAsThePipelineDoes() throws Exception {
    PipelineDemo demo = PipelineDemo.built();
    Path sources = dir.resolve("sample");
    SampleCatalogue.write(sources, 300, 42);

    Path warehouse = demo.run(sources, dir.resolve("pipeline"));
    BaselineRun run = DuckDbBaseline.run(sources, dir.resolve("baseline.duckdb"));

    assertThat(run.goldRows()).isEqualTo(goldRows(warehouse, run.goldRows()));
    assertThat(TableTallies.ofBaseline(dir.resolve("baseline.duckdb")))
        .isEqualTo(TableTallies.ofPipelineWarehouse(warehouse));
  }

  /** Each gold table's rows as the pipeline's warehouse holds them. */
  private static Map<String, Long> goldRows(Path warehouse, Map<String, Long> tables)
      throws Exception {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection connection =
            DriverManager.getConnection("jdbc:duckdb:" + warehouse, readOnly());
        Statement statement = connection.createStatement()) {
      for (String table : tables.keySet()) {
        try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + table)) {
          count.next();
          rows.put(table, count.getLong(1));
        }
      }
    }
    return rows;
  }

  private static Properties readOnly() {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return properties;
  }
}
