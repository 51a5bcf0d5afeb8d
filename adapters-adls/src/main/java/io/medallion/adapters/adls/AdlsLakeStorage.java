package io.medallion.adapters.adls;

import com.azure.core.util.Context;
import com.azure.storage.file.datalake.DataLakeFileClient;
import com.azure.storage.file.datalake.DataLakeFileSystemClient;
import com.azure.storage.file.datalake.models.DataLakeRequestConditions;
import com.azure.storage.file.datalake.models.DataLakeStorageException;
import com.azure.storage.file.datalake.models.FileReadResponse;
import com.azure.storage.file.datalake.models.PathProperties;
import io.medallion.application.port.out.FaultSwitch;
import io.medallion.application.port.out.LakeStorage;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The lake in a folder of an ADLS Gen2 file system; writes are an {@link AtomicWrite}.
 *
 * <p>Orphans of writes that died before their rename are swept (an {@link OrphanSweep}, given as
 * {@code sweep}) on first use rather than at construction, so that building the object graph does
 * no network I/O and cannot fail on it.
 */
final class AdlsLakeStorage implements LakeStorage {

  private final DataLakeFileSystemClient fileSystem;
  private final RootedPaths paths;
  private final Runnable sweep;
  private final AtomicWrite writes;
  private final FolderListing listing;
  private volatile boolean swept;

  AdlsLakeStorage(
      DataLakeFileSystemClient fileSystem, RootedPaths paths, Runnable sweep, FaultSwitch faults) {
    this.fileSystem = fileSystem;
    this.paths = paths;
    this.sweep = sweep;
    this.writes = new AtomicWrite(fileSystem, faults);
    this.listing = new FolderListing(fileSystem);
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
    return listing.files(folder, inFileSystem, false);
  }

  @Override
  public List<String> listRecursive(String folder) {
    String inFileSystem = paths.inFileSystem(folder);
    sweptOnce();
    return listing.files(folder, inFileSystem, true);
  }

  @Override
  public void delete(String path) {
    DataLakeFileClient file = fileSystem.getFileClient(paths.inFileSystem(path));
    sweptOnce();
    try {
      PathProperties found = file.getProperties();
      // Path - Delete would also take an empty folder, which is no lake file.
      if (Boolean.TRUE.equals(found.isDirectory())) {
        throw new IllegalStateException("no lake file " + path + " (a folder is there)");
      }
      // Only the file just looked at, should another have taken its name since.
      DataLakeRequestConditions same = new DataLakeRequestConditions().setIfMatch(found.getETag());
      file.deleteWithResponse(same, null, Context.NONE);
    } catch (DataLakeStorageException e) {
      if (StorageFailures.isNotFound(e)) {
        throw new IllegalStateException("no lake file " + path, e);
      }
      throw StorageFailures.failed("delete lake file", path, e);
    }
  }

  // No sweep first: it deletes, and a validation changes nothing.
  @Override
  public List<String> problems() {
    return LakeRootProbe.problems(fileSystem, paths);
  }

  private void sweptOnce() {
    if (swept) {
      return;
    }
    synchronized (this) {
      if (!swept) {
        sweep.run();
        swept = true;
      }
    }
  }
}
