package io.medallion.generator;

/**
 * A flaw only the catalogue layout has, on top of the tutorial's; each hits one title in {@code
 * oneIn}, and at least one even in a small sample.
 */
enum CatalogueFlaw {
  NONE(0),

  /** The duration in the rating column and none in its own, as in a few rows of the public file. */
  RATING_IN_DURATION(2_000),

  /** The date added with a space in front: {@code " September 25, 2021"}. */
  PADDED_DATE(100),

  /** The date added in its short form: {@code 25-Sep-21}. */
  SHORT_DATE(100);

  private final int oneIn;

  CatalogueFlaw(int oneIn) {
    this.oneIn = oneIn;
  }

  int count(int titles) {
    return oneIn == 0 ? 0 : Math.max(1, titles / oneIn);
  }
}
