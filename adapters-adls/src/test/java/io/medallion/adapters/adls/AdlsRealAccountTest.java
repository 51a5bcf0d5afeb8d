package io.medallion.adapters.adls;

import io.medallion.application.port.out.LakeStorage;
import io.medallion.testkit.contract.LakeStorageContract;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The contract against a real ADLS Gen2 account, in a fresh folder per test that is deleted after
 * it; skipped unless the environment names an account, a file system and a SAS token or key.
 */
class AdlsRealAccountTest extends LakeStorageContract {

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
  protected LakeStorage newLake() {
    return EmulatedAccount.lake(account.settings, System::getenv);
  }

  @Override
  protected byte[] readBack(LakeStorage lake, String path) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    account.fileSystem.getFileClient(account.settings.rootFolder() + "/" + path).read(bytes);
    return bytes.toByteArray();
  }
}
