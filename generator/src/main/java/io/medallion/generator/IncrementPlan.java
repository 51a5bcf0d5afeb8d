package io.medallion.generator;

import java.util.BitSet;

/**
 * Which titles of a sample an increment revises and beside which it adds a new one: as many of
 * each, {@code percent} of the valid titles rounded, at least one. Every batch takes the next
 * window of one shuffle of the valid titles, so that batches revise different titles until the
 * shuffle runs out.
 */
final class IncrementPlan {

  /** Turns the sample's seed into the shuffle's own stream, the same for every batch. */
  private static final long SHUFFLE_STREAM = 0x94D049BB133111EBL;

  private final BitSet revised;
  private final BitSet added;
  private final int validTitles;

  private IncrementPlan(BitSet revised, BitSet added, int validTitles) {
    this.revised = revised;
    this.added = added;
    this.validTitles = validTitles;
  }

  static IncrementPlan draw(
      SampleCatalogue sample, Layout layout, long seed, double percent, int batch) {
    int size = sample.size();
    BitSet valid = new BitSet(size);
    for (int index = 0; index < size; index++) {
      valid.set(index, sample.plan().title(index).keepsTitle(layout));
    }
    int validTitles = valid.cardinality();
    int count = (int) Math.max(1, Math.round(validTitles * percent / 100));
    Draw shuffle = new Draw(seed ^ SHUFFLE_STREAM);
    return new IncrementPlan(
        revised(valid, count, batch, shuffle), spread(size, count), validTitles);
  }

  /** Whether the increment holds a revised copy of the title at {@code index}. */
  boolean revises(int index) {
    return revised.get(index);
  }

  /** Whether the increment adds a new title in the slot of the title at {@code index}. */
  boolean adds(int index) {
    return added.get(index);
  }

  int validTitles() {
    return validTitles;
  }

  /**
   * The valid titles at the batch's window of positions, each position taken to a rank among the
   * valid titles by {@code rank = (start + step * position) mod validTitles}: a shuffle, since the
   * step shares no factor with the count, that needs no more than a bit per title.
   */
  private static BitSet revised(BitSet valid, int count, int batch, Draw shuffle) {
    int validTitles = valid.cardinality();
    long step = 1 + shuffle.below(validTitles);
    while (greatestCommonDivisor(step, validTitles) != 1) {
      step++;
    }
    long start = shuffle.below(validTitles);
    BitSet ranks = new BitSet(validTitles);
    long first = (long) (batch - 1) * count;
    for (long position = first; position < first + count; position++) {
      ranks.set((int) ((start + step * (position % validTitles)) % validTitles));
    }
    BitSet revised = new BitSet(valid.length());
    int rank = 0;
    for (int index = valid.nextSetBit(0); index >= 0; index = valid.nextSetBit(index + 1)) {
      revised.set(index, ranks.get(rank++));
    }
    return revised;
  }

  /** {@code count} titles spread evenly over the sample. */
  private static BitSet spread(int size, int count) {
    BitSet spread = new BitSet(size);
    for (long title = 0; title < count; title++) {
      spread.set((int) (title * size / count));
    }
    return spread;
  }

  private static long greatestCommonDivisor(long a, long b) {
    return b == 0 ? a : greatestCommonDivisor(b, a % b);
  }
}
