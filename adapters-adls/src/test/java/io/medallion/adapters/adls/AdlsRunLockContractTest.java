package io.medallion.adapters.adls;

import io.medallion.application.port.out.RunLock;
import io.medallion.testkit.contract.RunLockContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class AdlsRunLockContractTest extends RunLockContract {

  private EmulatedAccount account;

  @BeforeEach
  void startAccount() throws Exception {
    account = new EmulatedAccount();
  }

  @AfterEach
  void stopAccount() {
    account.close();
  }

  @Override
  protected RunLock newLock() {
    return account.runLock();
  }

  @Override
  protected RunLock sameLakeAs(RunLock lock) {
    // Its own module, clients and connections, as another process would have.
    return account.runLock();
  }
}
