package io.medallion.adapters.adls;

import io.medallion.application.port.out.RunLock;
import io.medallion.testkit.contract.RunLockContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The run lock's contract against a real ADLS Gen2 account, in a fresh folder per test that is
 * deleted after it; skipped unless the environment names an account, a file system and a SAS token
 * or key.
 */
class AdlsRealAccountRunLockTest extends RunLockContract {

  private RealAccount account;

  @BeforeEach
  void requireAnAccount() {
    account = RealAccount.freshFolder();
  }

  @AfterEach
  void deleteTheFolder() {
    if (account != null) {
      account.delete();
    }
  }

  @Override
  protected RunLock newLock() {
    return new AdlsModule(account.settings, System::getenv).runLock();
  }

  @Override
  protected RunLock sameLakeAs(RunLock lock) {
    return newLock();
  }
}
