package io.medallion.adapters.adls;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.models.DataLakeStorageException;
import java.util.UUID;

/**
 * A fresh folder of the real ADLS Gen2 account the environment names, for one test; the test is
 * skipped unless an account, a file system and a SAS token or key are set.
 */
final class RealAccount {

  private static final String NEEDS =
      "runs only with MEDALLION_ADLS_ACCOUNT, MEDALLION_ADLS_FILESYSTEM and MEDALLION_ADLS_SAS"
          + " (or MEDALLION_ADLS_KEY) set";

  final AdlsSettings settings;
  final DataLakeFileSystemClient fileSystem;

  private RealAccount(AdlsSettings settings) {
    this.settings = settings;
    this.fileSystem = new FileSystemConnector(settings, System::getenv).connect();
  }

  /** A new folder in the account, or the test skipped saying what it needs. */
  static RealAccount freshFolder() {
    assumeTrue(isSet("MEDALLION_ADLS_ACCOUNT") && isSet("MEDALLION_ADLS_FILESYSTEM"), NEEDS);
    boolean sas = isSet("MEDALLION_ADLS_SAS");
    assumeTrue(sas || isSet("MEDALLION_ADLS_KEY"), NEEDS);
    String account = System.getenv("MEDALLION_ADLS_ACCOUNT");
    String fs = System.getenv("MEDALLION_ADLS_FILESYSTEM");
    String root = "medallion-contract-test/" + UUID.randomUUID();
    return new RealAccount(
        sas
            ? AdlsSettings.withSecret(account, fs, root, AdlsAuth.SAS, "MEDALLION_ADLS_SAS")
            : AdlsSettings.withSecret(
                account, fs, root, AdlsAuth.ACCOUNT_KEY, "MEDALLION_ADLS_KEY"));
  }

  /** Deletes the folder and all in it; a test that wrote nothing left none. */
  void delete() {
    try {
      fileSystem.getDirectoryClient(settings.rootFolder()).deleteRecursively();
    } catch (DataLakeStorageException nothingWritten) {
      // nothing to delete
    }
  }

  private static boolean isSet(String name) {
    String value = System.getenv(name);
    return value != null && !value.isBlank();
  }
}
