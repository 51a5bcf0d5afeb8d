package io.medallion.adapters.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What identifies a version of a source file: its path, size, modification time and SHA-256. Two
 * files are the same version when path, size and checksum agree; the time only says when to look.
 */
record FileManifest(String path, long size, long modifiedMillis, String sha256) {

  private static final int BUFFER = 1 << 16;

  @Override
  public boolean equals(Object other) {
    return other instanceof FileManifest m
        && m.path.equals(path)
        && m.size == size
        && m.sha256.equals(sha256);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(path, size, sha256);
  }

  /** Reads the file once, streaming, to checksum it. */
  static FileManifest of(String file, Configuration hadoop) {
    Path path = new Path(file);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      FileStatus status = fs.getFileStatus(path);
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(fs.open(path), digest)) {
        byte[] buffer = new byte[BUFFER];
        while (in.read(buffer) >= 0) {
          // the digest stream sees every byte
        }
      }
      return new FileManifest(
          file,
          status.getLen(),
          status.getModificationTime(),
          HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
