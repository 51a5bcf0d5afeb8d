package io.medallion.adapters.adls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.models.DataLakeStorageException;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeStorage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ADLS lake against Azurite, through the real SDK and {@link AdlsLakeStorage}, for what Azurite
 * serves: file system create, exists and delete, and a file's exists, read and delete; files are
 * seeded through the Blob API. Azurite has no DFS endpoint, and answers 400 to the DFS operations
 * the adapter's write, list, recursive list and orphan sweep are made of: Path - Create (a file),
 * Path - Update (append, flush), Path - List and rename; the lake here is therefore built without
 * its sweep. Those are run against the {@link DfsEmulator} ({@code AdlsLakeStorageContractTest})
 * and a real account ({@code AdlsRealAccountTest}), and named in one skipped test below.
 */
@ExtendWith(AzuriteExtension.class)
class AdlsAzuriteTest {

  private static final String ROOT = "medallion";

  private AdlsSettings settings;
  private DataLakeFileSystemClient fileSystem;
  private LakeStorage lake;

  @BeforeEach
  void newFileSystem(Azurite azurite) {
    settings = azurite.settings("lake-" + UUID.randomUUID(), ROOT);
    fileSystem = new FileSystemConnector(settings, Azurite.environment()::get).connect();
    fileSystem.create();
    // Azurite cannot list paths, which the orphan sweep does first of all.
    lake = new AdlsLakeStorage(fileSystem, new RootedPaths(ROOT), () -> {}, FaultSwitch.NONE);
  }

  @Test
  void givenNewFileSystem_existsAndDelete_seeItAndRemoveIt() {
    assertThat(fileSystem.exists()).isTrue();

    fileSystem.delete();

    assertThat(fileSystem.exists()).isFalse();
  }

  @Test
  void givenSeededFile_existsAndRead_giveItsBytes() {
    seed("raw/x/a.csv", "show_id,title\n1,Ada\n");

    assertThat(lake.exists("raw/x/a.csv")).isTrue();
    assertThat(lake.read("raw/x/a.csv")).isEqualTo(bytes("show_id,title\n1,Ada\n"));
  }

  @Test
  void givenNoFile_existsAndRead_seeNone() {
    seed("raw/x/a.csv", "a");

    assertThat(lake.exists("raw/x/b.csv")).isFalse();
    assertThat(lake.exists("raw/x")).isFalse();
    assertThatThrownBy(() -> lake.read("raw/x/b.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no lake file raw/x/b.csv");
  }

  @Test
  void givenSeededFile_delete_removesItAndOnlyIt() {
    seed("raw/x/a.csv", "a");
    seed("raw/x/b.csv", "b");

    lake.delete("raw/x/a.csv");

    assertThat(lake.exists("raw/x/a.csv")).isFalse();
    assertThat(blobs().getBlobClient(ROOT + "/raw/x/a.csv").exists()).isFalse();
    assertThat(lake.read("raw/x/b.csv")).isEqualTo(bytes("b"));
  }

  @Test
  void givenNoFile_delete_failsNamingThePath() {
    seed("raw/x/a.csv", "a");
    lake.delete("raw/x/a.csv");

    assertThatThrownBy(() -> lake.delete("raw/x/a.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no lake file raw/x/a.csv");
  }

  @Test
  void givenAzurite_writeListAndSweep_areLeftToTheDfsEmulatorAndTheRealAccount() {
    assumeTrue(
        answersDfs(),
        "Azurite has no DFS endpoint for Path - Create of a file, append, flush, Path - List"
            + " (recursive or not) and rename, so write, list, listRecursive and the orphan sweep"
            + " are not run here: AdlsLakeStorageContractTest runs them on the DFS emulator and"
            + " AdlsRealAccountTest on a real account");
    // Should an Azurite release serve them, the round trip is run here too.
    lake.write("raw/x/y/a.csv", bytes("a"));
    assertThat(lake.listRecursive("raw")).containsExactly("raw/x/y/a.csv");
  }

  private boolean answersDfs() {
    try {
      fileSystem.getFileClient(ROOT + "/probe.csv").create();
      return true;
    } catch (DataLakeStorageException e) {
      if (e.getStatusCode() != 400) {
        throw e;
      }
      return false;
    }
  }

  private void seed(String path, String content) {
    blobs().getBlobClient(ROOT + "/" + path).upload(BinaryData.fromBytes(bytes(content)));
  }

  private BlobContainerClient blobs() {
    return new FileSystemConnector(settings, Azurite.environment()::get).connectBlobs();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
