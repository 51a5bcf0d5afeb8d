package io.medallion.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.generator.SampleCatalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The baseline against the in-memory engine on the project's generated samples, dirt included. */
class DuckDbBaselineGeneratedSampleTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {42, 7, 2026})
  void givenAGeneratedSample_run_agreesWithTheInMemoryEngineOnEveryTableAndExpectation(long seed)
      throws Exception {
    Path sources = dir.resolve("sample");
    SampleCatalogue.write(sources, 500, seed);

    BaselineRun run = DuckDbBaseline.run(sources, dir.resolve("baseline.duckdb"));

    TableTallies baseline = TableTallies.ofBaseline(dir.resolve("baseline.duckdb"));
    assertThat(baseline).isEqualTo(InMemoryReference.run(sources));
    assertThat(baseline.reconciles()).isTrue();
    assertThat(run.quarantined().get("silver.titles")).isPositive();
  }
}
