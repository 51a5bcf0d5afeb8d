package io.medallion.testkit;

import io.medallion.application.port.out.RunLock;

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
