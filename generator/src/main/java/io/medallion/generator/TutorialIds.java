package io.medallion.generator;

/**
 * The tutorial layout's eight-digit show ids: the title at each index takes one id at random in a
 * slot of its own, slots ascending over 70,000,000 to 89,999,999; orphans take ids above.
 */
final class TutorialIds {

  private static final int FIRST_ID = 70_000_000;
  private static final int ORPHAN_IDS = 90_000_000;

  private final int stride;
  private final Draw draw;
  private int orphans;

  TutorialIds(int size, Draw draw) {
    this.stride = stride(size);
    this.draw = draw;
  }

  /** The id of the title at {@code index}, as unique as the index. */
  String title(int index) {
    return String.valueOf(FIRST_ID + index * stride + draw.below(stride));
  }

  /** An id above every title's, a different one per call. */
  String orphan() {
    return String.valueOf(ORPHAN_IDS + orphans++ * 1_009 + draw.below(1_000));
  }

  /** The index of the title a sample of {@code size} gave {@code showId} to. */
  static int titleIndex(String showId, int size) {
    return (Integer.parseInt(showId) - FIRST_ID) / stride(size);
  }

  /**
   * The id {@code shift} places on from {@code showId} round its slot: no title's and no orphan's
   * for a shift below {@link #slotWidth(int)} but 0, and a different one for each.
   */
  static String slotNeighbour(String showId, int size, int shift) {
    int stride = stride(size);
    int id = Integer.parseInt(showId);
    int offset = (id - FIRST_ID) % stride;
    return String.valueOf(id - offset + (int) ((offset + (long) shift) % stride));
  }

  /** How many ids each title's slot holds in a sample of {@code size}, its own included. */
  static int slotWidth(int size) {
    return stride(size);
  }

  private static int stride(int size) {
    return (ORPHAN_IDS - FIRST_ID) / size;
  }
}
