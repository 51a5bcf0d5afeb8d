package io.medallion.adapters.adls;

import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.models.DataLakeStorageException;
import com.azure.storage.file.datalake.models.ListPathsOptions;
import com.azure.storage.file.datalake.models.PathItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a lake folder through Path - List, directly in it or at any depth below it, as
 * sorted lake paths; a file with a part below the folder starting with {@code _} or {@code .} (a
 * write in flight, Spark's and Hadoop's own files) is left out, and a missing folder lists empty.
 */
final class FolderListing {

  private final DataLakeFileSystemClient fileSystem;

  FolderListing(DataLakeFileSystemClient fileSystem) {
    this.fileSystem = fileSystem;
  }

  /** The files under {@code inFileSystem}, the file system path of lake folder {@code folder}. */
  List<String> files(String folder, String inFileSystem, boolean recursive) {
    String prefix = inFileSystem + "/";
    List<String> found = new ArrayList<>();
    ListPathsOptions options = new ListPathsOptions().setPath(inFileSystem).setRecursive(recursive);
    try {
      for (PathItem item : fileSystem.listPaths(options, null)) {
        // A file asked for as a folder may be listed as itself, which lies not under it.
        if (item.isDirectory() || !item.getName().startsWith(prefix)) {
          continue;
        }
        String below = item.getName().substring(prefix.length());
        if ((recursive || below.indexOf('/') < 0) && isVisible(below)) {
          found.add(folder + "/" + below);
        }
      }
    } catch (DataLakeStorageException e) {
      if (StorageFailures.isNotFound(e)) {
        return List.of();
      }
      throw StorageFailures.failed("list lake folder", folder, e);
    }
    return found.stream().sorted().toList();
  }

  private static boolean isVisible(String below) {
    for (String part : below.split("/")) {
      if (part.startsWith("_") || part.startsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
