package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileSystemWithoutShellTest {

  @TempDir Path dir;

  private static Configuration conf() {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", LocalFileSystemWithoutShell.class.getName());
    conf.set("fs.file.impl.disable.cache", "true");
    conf.set("fs.AbstractFileSystem.file.impl", LocalFileSystemWithoutShell.Fs.class.getName());
    return conf;
  }

  @Test
  void givenAPermission_setPermission_setsThoseBitsOnTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "a");
    FileSystem fs = FileSystem.get(file.toUri(), conf());

    fs.setPermission(new org.apache.hadoop.fs.Path(file.toUri()), new FsPermission((short) 0640));

    assertThat(fs).isInstanceOf(LocalFileSystemWithoutShell.class);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void givenAPlainFileAndALink_linkStatus_isHadoopsOwn() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "abc");
    Path link = Files.createSymbolicLink(dir.resolve("link"), file);
    FileSystem fs = FileSystem.get(file.toUri(), conf());

    var plain = fs.getFileLinkStatus(new org.apache.hadoop.fs.Path(file.toUri()));
    var linked = fs.getFileLinkStatus(new org.apache.hadoop.fs.Path(link.toUri()));

    assertThat(plain.isSymlink()).isFalse();
    assertThat(plain.getLen()).isEqualTo(3);
    // A link goes to Hadoop's own code (its shell-out included): the same answer as ever.
    var hadoops = new RawLocalFileSystem();
    hadoops.initialize(file.toUri(), new Configuration(false));
    var expected = hadoops.getFileLinkStatus(new org.apache.hadoop.fs.Path(link.toUri()));
    assertThat(linked.isSymlink()).isEqualTo(expected.isSymlink());
    assertThat(linked.getLen()).isEqualTo(expected.getLen());
  }

  @Test
  void givenATakenName_aFileContextRenameWithoutOverwrite_refusesAndAFreeNameTakesTheFile()
      throws Exception {
    Path from = Files.writeString(dir.resolve("from"), "new");
    Path taken = Files.writeString(dir.resolve("taken"), "old");
    FileContext context = FileContext.getFileContext(dir.toUri(), conf());

    org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(from.toUri());
    boolean refused = false;
    try {
      context.rename(src, new org.apache.hadoop.fs.Path(taken.toUri()), Options.Rename.NONE);
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      refused = true;
    }
    context.rename(src, new org.apache.hadoop.fs.Path(dir.resolve("free").toUri()));

    assertThat(refused).isTrue();
    assertThat(Files.readString(taken)).isEqualTo("old");
    assertThat(Files.readString(dir.resolve("free"))).isEqualTo("new");
  }
}
