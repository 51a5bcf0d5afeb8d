package io.medallion.adapters.adls;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.models.DataLakeStorageException;
import io.medallion.application.port.out.LakeStorage;
import io.medallion.testkit.LakeStorageContract;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The contract against a real ADLS Gen2 account, in a fresh folder per test that is deleted after
 * it; skipped unless the environment names an account, a file system and a SAS token or key.
 */
class AdlsRealAccountTest extends LakeStorageContract {

  private static final String NEEDS =
      "runs only with MEDALLION_ADLS_ACCOUNT, MEDALLION_ADLS_FILESYSTEM and MEDALLION_ADLS_SAS"
          + " (or MEDALLION_ADLS_KEY) set";

  private AdlsSettings settings;
  private DataLakeFileSystemClient fileSystem;

  @BeforeEach
  void requireAnAccount() {
    String account = System.getenv("MEDALLION_ADLS_ACCOUNT");
    String fs = System.getenv("MEDALLION_ADLS_FILESYSTEM");
    boolean sas = isSet("MEDALLION_ADLS_SAS");
    assumeTrue(isSet("MEDALLION_ADLS_ACCOUNT") && isSet("MEDALLION_ADLS_FILESYSTEM"), NEEDS);
    assumeTrue(sas || isSet("MEDALLION_ADLS_KEY"), NEEDS);
    String root = "medallion-contract-test/" + UUID.randomUUID();
    settings =
        sas
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
    } catch (DataLakeStorageException nothingWritten) {
      // A test that wrote nothing leaves no folder to delete.
    }
  }

  @Override
  protected LakeStorage newLake() {
    return EmulatedAccount.lake(settings, System::getenv);
  }

  @Override
  protected byte[] readBack(LakeStorage lake, String path) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    fileSystem.getFileClient(settings.rootFolder() + "/" + path).read(bytes);
    return bytes.toByteArray();
  }

  private static boolean isSet(String name) {
    String value = System.getenv(name);
    return value != null && !value.isBlank();
  }
}
