package io.medallion.adapters.adls;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.models.DataLakeStorageException;
import io.medallion.application.port.out.RunLock;
import io.medallion.testkit.RunLockContract;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The run lock's contract against a real ADLS Gen2 account, in a fresh folder per test that is
 * deleted after it; skipped unless the environment names an account, a file system and a SAS token
 * or key.
 */
class AdlsRealAccountRunLockTest extends RunLockContract {

  private static final String NEEDS =
      "runs only with MEDALLION_ADLS_ACCOUNT, MEDALLION_ADLS_FILESYSTEM and MEDALLION_ADLS_SAS"
          + " (or MEDALLION_ADLS_KEY) set";

  private AdlsSettings settings;
  private DataLakeFileSystemClient fileSystem;

  @BeforeEach
  void requireAnAccount() {
    assumeTrue(isSet("MEDALLION_ADLS_ACCOUNT") && isSet("MEDALLION_ADLS_FILESYSTEM"), NEEDS);
    assumeTrue(isSet("MEDALLION_ADLS_SAS") || isSet("MEDALLION_ADLS_KEY"), NEEDS);
    String account = System.getenv("MEDALLION_ADLS_ACCOUNT");
    String fs = System.getenv("MEDALLION_ADLS_FILESYSTEM");
    String root = "medallion-contract-test/" + UUID.randomUUID();
    settings =
        isSet("MEDALLION_ADLS_SAS")
            ? AdlsSettings.withSecret(account, fs, root, AdlsAuth.SAS, "MEDALLION_ADLS_SAS")
            : AdlsSettings.withSecret(
                account, fs, root, AdlsAuth.ACCOUNT_KEY, "MEDALLION_ADLS_KEY");
    fileSystem = new FileSystemConnector(settings, System::getenv).connect();
  }

  @AfterEach
  void deleteTheFolder() {
    if (fileSystem == null) {
      return;
    }
    try {
      fileSystem.getDirectoryClient(settings.rootFolder()).deleteRecursively();
    } catch (DataLakeStorageException nothingLeft) {
      // A test whose lock was never taken leaves no folder to delete.
    }
  }

  @Override
  protected RunLock newLock() {
    return new AdlsModule(settings, System::getenv).runLock();
  }

  @Override
  protected RunLock sameLakeAs(RunLock lock) {
    return newLock();
  }

  private static boolean isSet(String name) {
    String value = System.getenv(name);
    return value != null && !value.isBlank();
  }
}
