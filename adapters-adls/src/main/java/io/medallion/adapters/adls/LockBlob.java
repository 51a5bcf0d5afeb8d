package io.medallion.adapters.adls;

import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.options.BlobAcquireLeaseOptions;
import com.azure.storage.blob.options.BlockBlobSimpleUploadOptions;
import com.azure.storage.blob.specialized.BlobLeaseClient;
import com.azure.storage.blob.specialized.BlobLeaseClientBuilder;
import io.medallion.application.port.out.RunLockFile;
import io.medallion.application.port.out.RunLockHolder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The run lock file of a lake, {@value #NAME} in its root folder, and the Blob API lease on it that
 * is the lock itself (a {@code _} name, so Spark and the lake's listings pass it by). The service
 * grants a lease to one client at a time and lets it lapse by itself when its holder stops renewing
 * it; the file's content only names the holder, for the message of a busy lake.
 */
final class LockBlob {

  static final String NAME = "_medallion.lock";

  private static final byte[] NOBODY = new byte[0];
  private static final String COMMENT = RunLockFile.COMMENT + ", held by a blob lease";

  private final BlobClient blob;
  private final String location;

  LockBlob(BlobContainerClient fileSystem, String rootFolder) {
    String name = rootFolder.isEmpty() ? NAME : rootFolder + "/" + NAME;
    this.blob = fileSystem.getBlobClient(name);
    this.location = fileSystem.getBlobContainerName() + "/" + name;
  }

  /** The lock file as {@code filesystem/path}, for messages. */
  String location() {
    return location;
  }

  /** A new lease of {@code duration} on the lock; empty while another client holds one. */
  Optional<String> tryLease(Duration duration) {
    try {
      return attempt(duration);
    } catch (BlobStorageException e) {
      if (e.getStatusCode() != 404) {
        throw StorageFailures.failed("lease the run lock", location, e);
      }
    }
    // A lake's first run finds no lock file; it is made once and kept for good.
    createIfMissing();
    try {
      return attempt(duration);
    } catch (BlobStorageException e) {
      throw StorageFailures.failed("lease the run lock", location, e);
    }
  }

  /** Writes {@code holder} into the lock file under lease {@code leaseId}. */
  void name(String leaseId, RunLockHolder holder) {
    try {
      put(
          new RunLockFile(holder, Map.of()).toBytes(COMMENT),
          new BlobRequestConditions().setLeaseId(leaseId));
    } catch (BlobStorageException e) {
      throw StorageFailures.failed("name the holder in the run lock", location, e);
    }
  }

  /** Renews lease {@code leaseId}; false if it was lost to another client. */
  boolean renew(String leaseId) {
    try {
      leaseClient(leaseId).renewLease();
      return true;
    } catch (BlobStorageException e) {
      if (e.getStatusCode() == 409) {
        return false;
      }
      throw StorageFailures.failed("renew the lease on the run lock", location, e);
    }
  }

  /** Empties the lock file and ends lease {@code leaseId}, unless it was lost to another. */
  void release(String leaseId) {
    try {
      put(NOBODY, new BlobRequestConditions().setLeaseId(leaseId));
    } catch (BlobStorageException e) {
      if (isLost(e)) {
        return;
      }
      // Only a courtesy to readers: the next holder writes its own name over this one's.
    }
    try {
      leaseClient(leaseId).releaseLease();
    } catch (BlobStorageException e) {
      if (!isLost(e)) {
        throw StorageFailures.failed("release the run lock", location, e);
      }
    }
  }

  private static boolean isLost(BlobStorageException e) {
    // The lease lapsed and another client leased the lock, which then stays theirs.
    return e.getStatusCode() == 409 || e.getStatusCode() == 412;
  }

  /** Who the lock file names now, as a phrase for a message. */
  String holder() {
    byte[] content;
    try {
      content = blob.downloadContent().toBytes();
    } catch (BlobStorageException e) {
      if (e.getStatusCode() == 404) {
        return "a run that removed the lock file";
      }
      throw StorageFailures.failed("read the run lock", location, e);
    }
    try {
      return RunLockFile.parse(content).holder().describe();
    } catch (IllegalArgumentException namesNobody) {
      // Between a lease and the write naming its holder, the file names nobody yet.
      return "a run that has not yet named itself in the lock file";
    }
  }

  private Optional<String> attempt(Duration duration) {
    // A fresh id each time: proposing one already holding the lease would be granted it again.
    String proposed = UUID.randomUUID().toString();
    BlobAcquireLeaseOptions options = new BlobAcquireLeaseOptions((int) duration.toSeconds());
    try {
      return Optional.of(
          leaseClient(proposed).acquireLeaseWithResponse(options, null, Context.NONE).getValue());
    } catch (BlobStorageException e) {
      if (e.getStatusCode() == 409) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private void createIfMissing() {
    try {
      put(NOBODY, new BlobRequestConditions().setIfNoneMatch("*"));
    } catch (BlobStorageException e) {
      // Another run created it first, which is as good: the lease decides who holds the lake.
      if (e.getStatusCode() != 409 && e.getStatusCode() != 412) {
        throw StorageFailures.failed("create the run lock", location, e);
      }
    }
  }

  private void put(byte[] content, BlobRequestConditions conditions) {
    blob.getBlockBlobClient()
        .uploadWithResponse(
            new BlockBlobSimpleUploadOptions(BinaryData.fromBytes(content))
                .setRequestConditions(conditions),
            null,
            Context.NONE);
  }

  private BlobLeaseClient leaseClient(String leaseId) {
    return new BlobLeaseClientBuilder().blobClient(blob).leaseId(leaseId).buildClient();
  }
}
