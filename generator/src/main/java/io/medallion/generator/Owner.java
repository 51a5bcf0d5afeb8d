package io.medallion.generator;

/**
 * The title a lookup row points at, as the title file shows it: listed when a title record carries
 * the show id, valid when silver keeps the title.
 */
record Owner(String showId, boolean listed, boolean valid) {

  static Owner orphan(String showId) {
    return new Owner(showId, false, false);
  }
}
