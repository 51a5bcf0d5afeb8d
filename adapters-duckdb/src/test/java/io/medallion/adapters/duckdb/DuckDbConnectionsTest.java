package io.medallion.adapters.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One process at a time may write a DuckDB file: while another holds it, opening waits its turn,
 * within a bound, instead of failing a watcher's load or a query at once.
 */
class DuckDbConnectionsTest {

  @TempDir Path dir;

  @Test
  void givenAFileHeldByAnotherProcessForAMoment_readWrite_waitsAndOpens() throws Exception {
    Path file = dir.resolve("medallion.duckdb");
    Process holder = HoldFile.start(file, Duration.ofSeconds(2));

    try (Connection connection = new DuckDbConnections(file, Duration.ofSeconds(30)).readWrite();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t AS SELECT 1 AS x");
    }

    assertThat(holder.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(holder.exitValue()).isZero();
  }

  @Test
  void givenAFileHeldLongerThanTheWait_readOnly_failsNamingTheLock() throws Exception {
    Path file = dir.resolve("medallion.duckdb");
    Process holder = HoldFile.start(file, Duration.ofSeconds(20));
    try {
      assertThatThrownBy(() -> new DuckDbConnections(file, Duration.ofMillis(300)).readOnly())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("Could not set lock");
      assertThat(holder.isAlive()).isTrue();
    } finally {
      holder.destroyForcibly().waitFor();
    }
  }
}
