package io.medallion.adapters.adls;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * A file or directory of the emulated file system, with its committed and appended bytes and the
 * lease on it.
 */
final class PathNode {

  private static long versions;

  final boolean directory;
  byte[] committed = new byte[0];
  final ByteArrayOutputStream appended = new ByteArrayOutputStream();
  final BlobLease lease = new BlobLease();
  String etag;
  Instant modified;

  PathNode(boolean directory, Instant now) {
    this.directory = directory;
    touch(now);
  }

  /** A new ETag and modification time, as any committed change gives. */
  void touch(Instant now) {
    synchronized (PathNode.class) {
      etag = "\"0x8DD" + Long.toHexString(++versions).toUpperCase() + "\"";
    }
    modified = now;
  }

  /** The size a flush must name: the committed bytes plus those appended since. */
  long end() {
    return committed.length + appended.size();
  }
}
