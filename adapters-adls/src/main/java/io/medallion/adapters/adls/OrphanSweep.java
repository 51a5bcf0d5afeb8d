package io.medallion.adapters.adls;

import com.azure.core.util.Context;
import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.models.DataLakeRequestConditions;
import com.azure.storage.file.datalake.models.DataLakeStorageException;
import com.azure.storage.file.datalake.models.ListPathsOptions;
import com.azure.storage.file.datalake.models.PathItem;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the temporary files that writes which died before their rename left under the lake's
 * root, once they are older than a bound no live write takes; gives how many it deleted.
 */
final class OrphanSweep {

  private static final Logger LOG = LoggerFactory.getLogger(OrphanSweep.class);

  private final DataLakeFileSystemClient fileSystem;
  private final String rootFolder;
  private final Duration after;
  private final Clock clock;

  OrphanSweep(DataLakeFileSystemClient fileSystem, String rootFolder, Duration after, Clock clock) {
    this.fileSystem = fileSystem;
    this.rootFolder = rootFolder;
    this.after = after;
    this.clock = clock;
  }

  int sweep() {
    OffsetDateTime bound = OffsetDateTime.now(clock).minus(after);
    ListPathsOptions everything =
        new ListPathsOptions().setPath(rootFolder.isEmpty() ? null : rootFolder).setRecursive(true);
    int swept = 0;
    try {
      for (PathItem item : fileSystem.listPaths(everything, null)) {
        if (isOrphan(item, bound) && delete(item)) {
          swept++;
        }
      }
    } catch (DataLakeStorageException e) {
      if (!StorageFailures.isNotFound(e)) {
        throw StorageFailures.failed(
            "sweep orphaned temporary files under", "'" + rootFolder + "'", e);
      }
    }
    if (swept > 0) {
      LOG.info("deleted {} orphaned temporary files under '{}'", swept, rootFolder);
    }
    return swept;
  }

  private static boolean isOrphan(PathItem item, OffsetDateTime bound) {
    String name = item.getName().substring(item.getName().lastIndexOf('/') + 1);
    return !item.isDirectory()
        && name.startsWith(AtomicWrite.TEMP_PREFIX)
        && !item.getLastModified().isAfter(bound);
  }

  private boolean delete(PathItem item) {
    // Only the file as listed: one that changed since is somebody's live write after all.
    DataLakeRequestConditions unchanged =
        new DataLakeRequestConditions().setIfMatch(item.getETag());
    try {
      fileSystem.getFileClient(item.getName()).deleteWithResponse(unchanged, null, Context.NONE);
      return true;
    } catch (DataLakeStorageException e) {
      if (e.getStatusCode() == 404 || e.getStatusCode() == 412) {
        return false;
      }
      throw e;
    }
  }
}
