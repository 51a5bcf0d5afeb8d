package io.medallion.adapters.adls;

import com.azure.core.util.Context;
import com.azure.storage.file.datalake.DataLakeFileClient;
import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.models.DataLakeStorageException;
import com.azure.storage.file.datalake.models.FileReadResponse;
import com.azure.storage.file.datalake.models.ListPathsOptions;
import com.azure.storage.file.datalake.models.PathItem;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeStorage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The lake in a folder of an ADLS Gen2 file system; writes are an {@link AtomicWrite}.
 *
 * <p>Orphans of writes that died before their rename are swept on first use rather than at
 * construction, so that building the object graph does no network I/O and cannot fail on it.
 */
final class AdlsLakeStorage implements LakeStorage {

  private final DataLakeFileSystemClient fileSystem;
  private final RootedPaths paths;
  private final OrphanSweep sweep;
  private final AtomicWrite writes;
  private volatile boolean swept;

  AdlsLakeStorage(
      DataLakeFileSystemClient fileSystem,
      RootedPaths paths,
      OrphanSweep sweep,
      FaultSwitch faults) {
    this.fileSystem = fileSystem;
    this.paths = paths;
    this.sweep = sweep;
    this.writes = new AtomicWrite(fileSystem, faults);
  }

  @Override
  public boolean exists(String path) {
    DataLakeFileClient file = fileSystem.getFileClient(paths.inFileSystem(path));
    sweptOnce();
    try {
      return !Boolean.TRUE.equals(file.getProperties().isDirectory());
    } catch (DataLakeStorageException e) {
      if (StorageFailures.isNotFound(e)) {
        return false;
      }
      throw StorageFailures.failed("look for lake file", path, e);
    }
  }

  @Override
  public void write(String path, byte[] content) {
    String target = paths.inFileSystem(path);
    // Only a fast way out before sending the bytes; the rename's condition is the real guard.
    if (exists(path)) {
      throw StorageFailures.alreadyExists(path, null);
    }
    writes.write(target, path, content);
  }

  @Override
  public byte[] read(String path) {
    DataLakeFileClient file = fileSystem.getFileClient(paths.inFileSystem(path));
    sweptOnce();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      FileReadResponse read =
          file.readWithResponse(bytes, null, null, null, false, null, Context.NONE);
      if ("true"
          .equalsIgnoreCase(read.getDeserializedHeaders().getMetadata().get("hdi_isfolder"))) {
        throw new IllegalStateException("no lake file " + path + " (a folder is there)");
      }
      return bytes.toByteArray();
    } catch (DataLakeStorageException e) {
      if (StorageFailures.isNotFound(e)) {
        throw new IllegalStateException("no lake file " + path, e);
      }
      throw StorageFailures.failed("read lake file", path, e);
    }
  }

  @Override
  public List<String> list(String folder) {
    String inFileSystem = paths.inFileSystem(folder);
    sweptOnce();
    List<String> names = new ArrayList<>();
    try {
      for (PathItem item :
          fileSystem.listPaths(new ListPathsOptions().setPath(inFileSystem), null)) {
        String name = item.getName();
        int slash = name.lastIndexOf('/');
        String file = name.substring(slash + 1);
        if (!item.isDirectory()
            && name.substring(0, Math.max(slash, 0)).equals(inFileSystem)
            && !file.startsWith("_")
            && !file.startsWith(".")) {
          names.add(file);
        }
      }
    } catch (DataLakeStorageException e) {
      if (StorageFailures.isNotFound(e)) {
        return List.of();
      }
      throw StorageFailures.failed("list lake folder", folder, e);
    }
    return names.stream().sorted().map(file -> folder + "/" + file).toList();
  }

  private void sweptOnce() {
    if (swept) {
      return;
    }
    synchronized (this) {
      if (!swept) {
        sweep.sweep();
        swept = true;
      }
    }
  }
}
