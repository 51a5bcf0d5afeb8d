package io.medallion.adapters.adls;

import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.file.datalake.models.DataLakeStorageException;

/**
 * The adapter's errors, each naming a lake path. They quote only the service's status and error
 * code, never the SDK's message or a URL, which could carry a SAS token.
 */
final class StorageFailures {

  static final String TEMP_CHANGED = "SourceConditionNotMet";

  private StorageFailures() {}

  static boolean isNotFound(DataLakeStorageException e) {
    return e.getStatusCode() == 404;
  }

  /** Whether a conditional create or rename failed because the target is taken. */
  static boolean isTargetTaken(DataLakeStorageException e) {
    int status = e.getStatusCode();
    return (status == 409 || status == 412) && !TEMP_CHANGED.equals(e.getErrorCode());
  }

  static IllegalStateException alreadyExists(String path, Throwable cause) {
    return new IllegalStateException("a lake file is never overwritten: " + path, cause);
  }

  static IllegalStateException tempChanged(String path, DataLakeStorageException cause) {
    return new IllegalStateException(
        "the temporary file of lake file "
            + path
            + " changed or vanished before it was published (another writer, or a sweep of"
            + " orphans); nothing was published ("
            + describe(cause)
            + ")",
        cause);
  }

  static IllegalStateException failed(String doing, String path, DataLakeStorageException cause) {
    return new IllegalStateException(
        "could not " + doing + " " + path + " (" + describe(cause) + ")", cause);
  }

  static IllegalStateException failed(String doing, String what, BlobStorageException cause) {
    return new IllegalStateException(
        "could not "
            + doing
            + " "
            + what
            + " (HTTP "
            + cause.getStatusCode()
            + (cause.getErrorCode() == null ? "" : " " + cause.getErrorCode())
            + ")",
        cause);
  }

  private static String describe(DataLakeStorageException e) {
    return "HTTP " + e.getStatusCode() + (e.getErrorCode() == null ? "" : " " + e.getErrorCode());
  }
}
