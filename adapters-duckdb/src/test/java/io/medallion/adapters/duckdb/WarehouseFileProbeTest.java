package io.medallion.adapters.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.testkit.fixture.TickingClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseFileProbeTest {

  @TempDir Path dir;

  @Test
  void givenNoFileYetUnderAWritableFolder_problems_isEmptyAndCreatesNothing() {
    Path database = dir.resolve("warehouse/medallion.duckdb");

    assertThat(warehouse(database).problems()).isEmpty();
    assertThat(Files.exists(dir.resolve("warehouse"))).isFalse();
  }

  @Test
  void givenAnExistingWarehouse_problems_isEmptyAndChangesNothing() throws Exception {
    Path database = dir.resolve("medallion.duckdb");
    try (Connection connection = new DuckDbConnections(database).readWrite();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t AS SELECT 1 AS x");
    }
    long size = Files.size(database);

    assertThat(warehouse(database).problems()).isEmpty();
    assertThat(Files.size(database)).isEqualTo(size);
  }

  @Test
  void givenAFileHeldByAWriter_problems_saysItDoesNotOpen() throws Exception {
    Path database = dir.resolve("medallion.duckdb");
    try (Connection writer = new DuckDbConnections(database).readWrite()) {
      assertThat(warehouse(database).problems())
          .singleElement()
          .asString()
          .startsWith("warehouse " + database + ": it does not open: ");
    }
  }

  @Test
  void givenAFileThatIsNoDatabase_problems_saysItDoesNotOpen() throws Exception {
    Path database = Files.writeString(dir.resolve("medallion.duckdb"), "not a database");

    assertThat(warehouse(database).problems())
        .singleElement()
        .asString()
        .startsWith("warehouse " + database + ": it does not open: ");
  }

  @Test
  void givenAFileWhereItsFolderShouldBe_problems_namesIt() throws Exception {
    Path file = Files.writeString(dir.resolve("warehouse"), "a file");
    Path database = file.resolve("medallion.duckdb");

    assertThat(warehouse(database).problems())
        .containsExactly(
            "warehouse " + database + ": its nearest existing parent " + file + " is not a folder");
  }

  private static DuckDbWarehouse warehouse(Path database) {
    return new DuckDbWarehouse(new DuckDbConnections(database), TickingClock.fromNewYear2026());
  }
}
