package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkSessionsTest {

  @TempDir Path root;

  @Test
  void givenNewLake_sourceBytes_isZero() {
    assertThat(SparkSessions.sourceBytes(root.toString(), new Configuration())).isZero();
  }

  @Test
  void givenFilesLandedAndFetched_sourceBytes_sumsTheLandingAndRawZonesOnly() throws Exception {
    Files.write(
        Files.createDirectories(root.resolve("landing/titles")).resolve("t.csv"), new byte[100]);
    Files.write(
        Files.createDirectories(root.resolve("raw/netflix_cast")).resolve("c.csv"), new byte[20]);
    Files.write(
        Files.createDirectories(root.resolve("silver/titles")).resolve("p.parquet"), new byte[999]);

    assertThat(SparkSessions.sourceBytes(root.toString(), new Configuration())).isEqualTo(120);
  }
}
