package io.medallion.adapters.adls;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.blob.BlobContainerClient;
import io.medallion.application.port.out.RunLock;
import io.medallion.application.port.out.RunLock.Lease;
import io.medallion.testkit.contract.RunLockContract;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The run lock's contract against Azurite, whose Blob API serves the leases it is made of. A lease
 * lapsing by itself is not waited for here (the shortest lasts 15 s): {@code AdlsRunLockTest} moves
 * the DFS emulator's clock instead.
 */
@ExtendWith(AzuriteExtension.class)
class AdlsAzuriteRunLockTest extends RunLockContract {

  private static final String ROOT = "medallion";

  private AdlsSettings settings;

  @BeforeEach
  void newFileSystem(Azurite azurite) {
    settings = azurite.settings("lake-" + UUID.randomUUID(), ROOT);
    blobs().create();
  }

  @Override
  protected RunLock newLock() {
    return new AdlsModule(settings, Azurite.environment()::get).runLock();
  }

  @Override
  protected RunLock sameLakeAs(RunLock lock) {
    return newLock();
  }

  @Test
  void givenLeaseOnTheLockFile_renewAndRelease_workForItsHolderOnly() {
    LockBlob blob = new LockBlob(blobs(), ROOT);
    String lease = blob.tryLease(Duration.ofSeconds(15)).orElseThrow();
    String stranger = UUID.randomUUID().toString();

    assertThat(blob.renew(lease)).isTrue();
    assertThat(blob.renew(stranger)).isFalse();
    blob.release(stranger);
    assertThat(blob.tryLease(Duration.ofSeconds(15))).isEmpty();
    blob.release(lease);
    assertThat(blob.tryLease(Duration.ofSeconds(15))).isPresent();
  }

  @Test
  void givenHeldLake_lockFile_namesTheHolderUntilClosed() {
    try (Lease lease = newLock().acquire(FIRST, Duration.ZERO)) {
      assertThat(lockFile()).contains("run_id=" + FIRST.value());
    }

    assertThat(lockFile()).isEmpty();
  }

  private String lockFile() {
    return blobs().getBlobClient(ROOT + "/" + LockBlob.NAME).downloadContent().toString();
  }

  private BlobContainerClient blobs() {
    return new FileSystemConnector(settings, Azurite.environment()::get).connectBlobs();
  }
}
