package io.medallion.adapters.adls;

import io.medallion.application.port.out.LakeStorage;
import io.medallion.testkit.contract.LakeStorageContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

class AdlsLakeStorageContractTest extends LakeStorageContract {

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
  protected LakeStorage newLake() {
    return account.lake();
  }

  @Override
  protected byte[] readBack(LakeStorage lake, String path) {
    return account.bytesOf(path);
  }
}
