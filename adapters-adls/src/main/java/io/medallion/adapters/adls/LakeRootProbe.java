package io.medallion.adapters.adls;

import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.models.DataLakeStorageException;
import com.azure.storage.file.datalake.models.ListPathsOptions;
import java.time.Duration;
import java.util.List;

/**
 * Whether a run could reach the lake: the file system exists and its root folder can be listed.
 * That proves reading only; the right to write cannot be proved without writing, which a validation
 * never does (a missing Storage Blob Data Contributor role shows at a run's first write).
 */
final class LakeRootProbe {

  // The SDK retries a silent endpoint for minutes; a validation wants its answer sooner.
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String NO_FILE_SYSTEM = "FilesystemNotFound";

  private LakeRootProbe() {}

  static List<String> problems(DataLakeFileSystemClient fileSystem, RootedPaths paths) {
    String root = paths.rootFolder();
    String lake = "lake " + fileSystem.getFileSystemName() + (root.isEmpty() ? "" : "/" + root);
    ListPathsOptions options = new ListPathsOptions().setRecursive(false).setMaxResults(1);
    if (!root.isEmpty()) {
      options.setPath(root);
    }
    try {
      fileSystem.listPaths(options, TIMEOUT).iterator().hasNext();
      return List.of();
    } catch (DataLakeStorageException e) {
      // A root folder not made yet is no problem: the first write makes it.
      if (e.getStatusCode() == 404 && !NO_FILE_SYSTEM.equals(e.getErrorCode())) {
        return List.of();
      }
      return List.of(lake + " in account " + fileSystem.getAccountName() + ": " + refusal(e));
    } catch (RuntimeException e) {
      return List.of(lake + ": unreachable (" + e.getClass().getSimpleName() + ")");
    }
  }

  // The status and error code only: the SDK's message quotes the request's URL, SAS and all.
  private static String refusal(DataLakeStorageException e) {
    String status = "HTTP " + e.getStatusCode() + " " + e.getErrorCode();
    if (NO_FILE_SYSTEM.equals(e.getErrorCode())) {
      return "the file system does not exist (" + status + ")";
    }
    if (e.getStatusCode() == 403) {
      return "listing the lake was refused (" + status + "): check the credentials and the role";
    }
    return "listing the lake failed (" + status + ")";
  }
}
