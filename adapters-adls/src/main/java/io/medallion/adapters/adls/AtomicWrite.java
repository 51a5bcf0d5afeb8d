package io.medallion.adapters.adls;

import com.azure.core.util.Context;
import com.azure.storage.file.datalake.DataLakeFileClient;
import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.models.DataLakeRequestConditions;
import com.azure.storage.file.datalake.models.DataLakeStorageException;
import io.medallion.application.port.out.FaultPoint;
import io.medallion.application.port.out.FaultSwitch;
import java.util.UUID;

/**
 * Writes a new file so that readers see all of it or nothing, and never over an existing one: the
 * bytes land in a temporary file beside the target (a {@link TempFileUpload}), which a rename
 * conditioned on the temporary file's ETag ({@code x-ms-source-if-match}) and on the target being
 * free ({@code If-None-Match: *}) publishes. The service makes the name appear atomically over a
 * complete file, or refuses; either way the temporary file is then removed.
 */
final class AtomicWrite {

  // Spark and Hadoop skip names starting with '_'; the longer prefix keeps the sweep off any
  // other '_' file the lake holds.
  static final String TEMP_PREFIX = "_medallion-tmp-";

  private final DataLakeFileSystemClient fileSystem;
  private final FaultSwitch faults;

  AtomicWrite(DataLakeFileSystemClient fileSystem, FaultSwitch faults) {
    this.fileSystem = fileSystem;
    this.faults = faults;
  }

  /** Writes {@code content} at {@code target} of the file system, lake path {@code path}. */
  void write(String target, String path, byte[] content) {
    int slash = target.lastIndexOf('/');
    String name = target.substring(slash + 1);
    DataLakeFileClient temp =
        fileSystem.getFileClient(
            target.substring(0, slash + 1) + TEMP_PREFIX + UUID.randomUUID() + "-" + name);
    try {
      String etag = upload(temp, content, path);
      faults.reached(FaultPoint.LAND_BEFORE_RENAME);
      publish(temp, etag, target, path);
      faults.reached(FaultPoint.LAND_AFTER_RENAME);
    } catch (RuntimeException e) {
      throw withoutTemp(temp, e);
    }
  }

  private static String upload(DataLakeFileClient temp, byte[] content, String path) {
    try {
      return new TempFileUpload(temp).upload(content);
    } catch (DataLakeStorageException e) {
      if (e.getStatusCode() == 404 || e.getStatusCode() == 412) {
        throw StorageFailures.tempChanged(path, e);
      }
      throw StorageFailures.failed("write lake file", path, e);
    }
  }

  private static void publish(DataLakeFileClient temp, String etag, String target, String path) {
    DataLakeRequestConditions ours = new DataLakeRequestConditions().setIfMatch(etag);
    DataLakeRequestConditions free = new DataLakeRequestConditions().setIfNoneMatch("*");
    try {
      temp.renameWithResponse(null, target, ours, free, null, Context.NONE);
    } catch (DataLakeStorageException e) {
      if (StorageFailures.isTargetTaken(e)) {
        throw StorageFailures.alreadyExists(path, e);
      }
      if (e.getStatusCode() == 404 || e.getStatusCode() == 412) {
        throw StorageFailures.tempChanged(path, e);
      }
      throw StorageFailures.failed("publish lake file", path, e);
    }
  }

  private static RuntimeException withoutTemp(DataLakeFileClient temp, RuntimeException failure) {
    // After a successful rename there is no temporary file left, so only failures clean up.
    try {
      temp.deleteIfExists();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
    return failure;
  }
}
