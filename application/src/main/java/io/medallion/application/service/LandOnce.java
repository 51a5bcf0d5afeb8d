package io.medallion.application.service;

import io.medallion.application.port.out.LakeStorage;
import io.medallion.domain.medallion.Feed;

/** Lands a feed's file in a lake folder under a name made from its content, once. */
final class LandOnce {

  private LandOnce() {}

  /** Where the content is, and whether this call wrote it (false: the lake had it already). */
  record Landed(String path, boolean written) {}

  static Landed land(LakeStorage lake, String folder, Feed feed, byte[] content) {
    String path = folder + "/" + ContentHash.fileName(feed, content);
    boolean written = !lake.exists(path);
    if (written) {
      lake.write(path, content);
    }
    return new Landed(path, written);
  }
}
