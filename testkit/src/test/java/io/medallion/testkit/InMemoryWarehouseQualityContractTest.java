package io.medallion.testkit;

import io.medallion.application.port.out.Warehouse;

class InMemoryWarehouseQualityContractTest extends WarehouseQualityContract {

  @Override
  protected Warehouse newWarehouse() {
    return new InMemoryWarehouse(new EngineFixture().engine);
  }
}
