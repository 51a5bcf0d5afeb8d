package io.medallion.generator;

/**
 * A flaw of a lookup file, attached to a valid title's rows; each hits one title in {@code oneIn}
 * per file, and at least one even in a small sample.
 */
enum BridgeDirt {
  /** One more row, under a show id that no title has. */
  ORPHAN(3_000),
  /** The title's first row again, byte for byte. */
  DUPLICATE(5_000),
  /** The title's first name with spaces around it. */
  PADDED_NAME(1_000),
  /** One more row for the title, with an empty name. */
  EMPTY_NAME(6_000);

  private final int oneIn;

  BridgeDirt(int oneIn) {
    this.oneIn = oneIn;
  }

  int count(int titles) {
    return Math.max(1, titles / oneIn);
  }
}
