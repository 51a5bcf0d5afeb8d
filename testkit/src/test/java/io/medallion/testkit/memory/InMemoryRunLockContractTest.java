package io.medallion.testkit.memory;

import io.medallion.application.port.out.RunLock;
import io.medallion.testkit.contract.RunLockContract;

class InMemoryRunLockContractTest extends RunLockContract {

  @Override
  protected RunLock newLock() {
    return new InMemoryRunLock();
  }

  @Override
  protected RunLock sameLakeAs(RunLock lock) {
    return lock;
  }
}
