package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.Warehouse;
import io.medallion.testkit.contract.WarehouseQualityContract;
import io.medallion.testkit.fixture.TickingClock;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class DuckDbWarehouseQualityContractTest extends WarehouseQualityContract {

  @TempDir Path dir;

  @Override
  protected Warehouse newWarehouse() {
    return new DuckDbWarehouse(
        new DuckDbConnections(dir.resolve("warehouse/medallion.duckdb")),
        TickingClock.fromNewYear2026());
  }
}
