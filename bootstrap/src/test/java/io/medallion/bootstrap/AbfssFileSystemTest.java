package io.medallion.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;

/** Spark off a cluster reaches an ADLS lake: {@code abfss://} resolves to hadoop-azure's driver. */
class AbfssFileSystemTest {

  @Test
  void givenTheRunnableJarsClasspath_abfss_isHadoopAzuresSecureFileSystem() throws Exception {
    Class<? extends FileSystem> abfss = FileSystem.getFileSystemClass("abfss", new Configuration());

    assertThat(abfss.getName())
        .isEqualTo("org.apache.hadoop.fs.azurebfs.SecureAzureBlobFileSystem");
  }
}
