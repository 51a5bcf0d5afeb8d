package io.medallion.testkit.memory;

import io.medallion.application.port.out.Warehouse;
import io.medallion.testkit.contract.WarehouseQualityContract;

class InMemoryWarehouseQualityContractTest extends WarehouseQualityContract {

  @Override
  protected Warehouse newWarehouse() {
    return new InMemoryWarehouse(new EngineFixture().engine);
  }
}
