package io.medallion.generator;

import java.util.HashMap;
import java.util.Map;

/**
 * Which titles carry which catalogue flaw, at most one each; drawn from a stream of its own, so
 * that the titles and names stay those of the tutorial layout.
 */
final class CataloguePlan {

  /** Turns the sample's seed into another stream's (the 64-bit golden ratio mixes it well). */
  private static final long OWN_STREAM = 0x9E3779B97F4A7C15L;

  private final Map<Integer, CatalogueFlaw> flaws = new HashMap<>();

  private CataloguePlan() {}

  /** A plan for {@code size} titles; a duration moves only out of a title without other flaws. */
  static CataloguePlan draw(int size, long seed, DirtPlan titles) {
    Draw draw = new Draw(seed ^ OWN_STREAM);
    CataloguePlan plan = new CataloguePlan();
    for (CatalogueFlaw flaw : CatalogueFlaw.values()) {
      for (int i = flaw.count(size); i > 0; i--) {
        int index = draw.below(size);
        while (plan.flaws.containsKey(index)
            || (flaw == CatalogueFlaw.RATING_IN_DURATION
                && titles.title(index) != TitleDirt.NONE)) {
          index = draw.below(size);
        }
        plan.flaws.put(index, flaw);
      }
    }
    return plan;
  }

  CatalogueFlaw flaw(int index) {
    return flaws.getOrDefault(index, CatalogueFlaw.NONE);
  }
}
