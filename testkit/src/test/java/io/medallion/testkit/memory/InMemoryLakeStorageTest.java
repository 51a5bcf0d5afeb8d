package io.medallion.testkit.memory;

import io.medallion.application.port.out.LakeStorage;
import io.medallion.testkit.contract.LakeStorageContract;

class InMemoryLakeStorageTest extends LakeStorageContract {

  @Override
  protected LakeStorage newLake() {
    return new InMemoryLakeStorage();
  }

  @Override
  protected byte[] readBack(LakeStorage lake, String path) {
    return ((InMemoryLakeStorage) lake)
        .filesUnder(path.substring(0, path.lastIndexOf('/')))
        .get(path);
  }
}
