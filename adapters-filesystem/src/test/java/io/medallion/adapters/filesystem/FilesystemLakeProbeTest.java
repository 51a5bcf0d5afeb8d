package io.medallion.adapters.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lake folder's probe. Its read-only case needs a user that permissions bind: run as root,
 * where {@code Files.isWritable} is true of every folder, it is skipped, and the cases of a file in
 * the lake's way are what show the probe can fail.
 */
class FilesystemLakeProbeTest {

  @TempDir Path folder;

  @Test
  void givenALakeNotCreatedYetUnderAWritableFolder_problems_isEmptyAndCreatesNothing() {
    Path root = folder.resolve("work").resolve("lake");

    assertThat(new FilesystemLakeStorage(root).problems()).isEmpty();
    assertThat(Files.exists(folder.resolve("work"))).isFalse();
  }

  @Test
  void givenAFileWhereTheLakeShouldBe_problems_saysSo() throws Exception {
    Path root = Files.writeString(folder.resolve("lake"), "not a folder");

    assertThat(new FilesystemLakeStorage(root).problems())
        .containsExactly("lake " + root + ": it is a file, not a folder");
  }

  @Test
  void givenAFileWhereAParentShouldBe_problems_namesIt() throws Exception {
    Path file = Files.writeString(folder.resolve("work"), "not a folder");
    Path root = file.resolve("lake");

    assertThat(new FilesystemLakeStorage(root).problems())
        .containsExactly(
            "lake " + root + ": its nearest existing parent " + file + " is a file, not a folder");
  }

  @Test
  void givenAReadOnlyFolder_problems_saysTheLakeCannotBeWritten() throws Exception {
    Path parent = Files.createDirectory(folder.resolve("read-only"));
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(parent), "permissions bind no root user");
      Path root = parent.resolve("lake");

      assertThat(new FilesystemLakeStorage(root).problems())
          .containsExactly(
              "lake " + root + ": its nearest existing parent " + parent + " is not writable");
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
