package io.medallion.testkit.memory;

import io.medallion.application.port.out.RunLog;
import io.medallion.testkit.contract.RunLogContract;

class InMemoryRunLogContractTest extends RunLogContract {
  @Override
  protected RunLog newLog() {
    return new InMemoryRunLog();
  }
}
