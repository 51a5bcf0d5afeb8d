package io.medallion.adapters.spark;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFs;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FsConstants;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}), checksummed as ever, without its shell-outs. Without
 * Hadoop's native library, {@link RawLocalFileSystem} forks {@code chmod} for every file and folder
 * it creates and {@code readlink} before every rename through {@code FileContext} (each Delta
 * commit): about 1,150 processes forked from the driver's JVM in one demo run. Here permissions are
 * set with {@code java.nio} and a path that is not a symbolic link is never read as one. Installed
 * by {@link SparkSessions} as {@code fs.file.impl}; {@link Fs} is its {@code FileContext} twin
 * ({@code fs.AbstractFileSystem.file.impl}).
 */
final class LocalFileSystemWithoutShell extends LocalFileSystem {

  LocalFileSystemWithoutShell() {
    super(new Raw());
  }

  /** The unchecksummed file system underneath, with permissions and links read in process. */
  static final class Raw extends RawLocalFileSystem {

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
    }

    @Override
    public FileStatus getFileLinkStatus(Path f) throws IOException {
      return Files.isSymbolicLink(pathToFile(f).toPath())
          ? super.getFileLinkStatus(f)
          : getFileStatus(f);
    }

    private static Set<PosixFilePermission> posix(FsPermission permission) {
      Set<PosixFilePermission> posix = EnumSet.noneOf(PosixFilePermission.class);
      PosixFilePermission[] byBit = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE
      int bits = permission.toShort();
      for (int i = 0; i < byBit.length; i++) {
        if ((bits & (1 << (byBit.length - 1 - i))) != 0) {
          posix.add(byBit[i]);
        }
      }
      return posix;
    }
  }

  /** The same for {@code FileContext} (Delta's log store, Spark's stream checkpoints). */
  static final class Fs extends ChecksumFs {

    Fs(URI uri, Configuration conf) throws IOException, URISyntaxException {
      super(new RawFs(conf));
    }
  }

  private static final class RawFs extends DelegateToFileSystem {

    RawFs(Configuration conf) throws IOException, URISyntaxException {
      super(FsConstants.LOCAL_FS_URI, new Raw(), conf, FsConstants.LOCAL_FS_URI.getScheme(), false);
    }

    @Override
    public int getUriDefaultPort() {
      return -1; // a local path has no port
    }

    @Override
    public boolean isValidName(String src) {
      return true; // as RawLocalFs: a local name may hold ':'
    }
  }
}
