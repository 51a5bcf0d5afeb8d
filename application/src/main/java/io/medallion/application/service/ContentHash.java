package io.medallion.application.service;

import io.medallion.domain.medallion.Feed;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names content by its SHA-256, so that the same bytes land once under the same name. */
final class ContentHash {

  static final int NAME_HEX_DIGITS = 16;

  private ContentHash() {}

  /** A feed's file name for this content: {@code netflix_cast-<hash>.csv}. */
  static String fileName(Feed feed, byte[] content) {
    return feed.fileStem() + "-" + of(content) + ".csv";
  }

  /** The first 16 hex digits of the content's SHA-256. */
  static String of(byte[] content) {
    return sha256(content).substring(0, NAME_HEX_DIGITS);
  }

  /** The content's SHA-256, in hex. */
  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
