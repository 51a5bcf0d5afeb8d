package io.medallion.adapters.duckdb;

import io.medallion.application.port.out.Warehouse;
import io.medallion.testkit.TickingClock;
import io.medallion.testkit.WarehouseQualityContract;
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
