package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.TableSnapshot.Column;
import io.medallion.application.port.out.Warehouse;
import io.medallion.application.port.out.WarehouseConsole;
import io.medallion.domain.table.TableName;
import io.medallion.testkit.contract.WarehouseContract;
import io.medallion.testkit.fixture.TickingClock;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class DuckDbWarehouseContractTest extends WarehouseContract {

  @TempDir Path dir;

  @Override
  protected Warehouse newWarehouse() {
    return new DuckDbWarehouse(new DuckDbConnections(database()), TickingClock.fromNewYear2026());
  }

  @Override
  protected WarehouseConsole console(Warehouse warehouse) {
    return new DuckDbConsole(new DuckDbConnections(database()));
  }

  private Path database() {
    return dir.resolve("warehouse/medallion.duckdb");
  }

  @Override
  protected URI writeParquet(String name, List<Column> columns, List<List<Object>> rows)
      throws Exception {
    return ParquetFiles.write(dir.resolve("lake").resolve(name), columns, rows);
  }

  @Override
  protected URI missingFile(String name) {
    return dir.resolve("lake").resolve(name).toUri();
  }

  // The warehouse's own queries are read-only: a person drops the table on a connection of theirs.
  @Override
  protected void dropByHand(Warehouse warehouse, TableName table) throws Exception {
    try (Connection connection = new DuckDbConnections(database()).readWrite();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE " + table);
    }
  }
}
