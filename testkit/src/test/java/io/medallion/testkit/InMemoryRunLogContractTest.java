package io.medallion.testkit;

import io.medallion.application.port.out.RunLog;

class InMemoryRunLogContractTest extends RunLogContract {
  @Override
  protected RunLog newLog() {
    return new InMemoryRunLog();
  }
}
