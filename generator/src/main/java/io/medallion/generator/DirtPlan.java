package io.medallion.generator;

import io.medallion.domain.medallion.Feed;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Which titles carry which flaw, drawn up front so that every flaw appears at its rate. */
final class DirtPlan {

  private final int size;
  private final Draw draw;
  private final Map<Integer, TitleDirt> titles = new HashMap<>();
  private final Map<Feed, Map<Integer, Set<BridgeDirt>>> bridges = new EnumMap<>(Feed.class);

  private DirtPlan(int size, Draw draw) {
    this.size = size;
    this.draw = draw;
  }

  /** A plan for {@code size} titles; the flaws must leave most of them clean. */
  static DirtPlan draw(int size, Draw draw) {
    DirtPlan plan = new DirtPlan(size, draw);
    for (TitleDirt dirt : TitleDirt.values()) {
      for (int i = dirt.count(size); i > 0; i--) {
        plan.titles.put(plan.cleanTitle(), dirt);
      }
    }
    for (Feed feed : Feed.lookups()) {
      plan.bridges.put(feed, plan.bridgeFlaws());
    }
    return plan;
  }

  TitleDirt title(int index) {
    return titles.getOrDefault(index, TitleDirt.NONE);
  }

  /** The flaws of a title's rows in one lookup file; they only ever hit clean titles. */
  Set<BridgeDirt> bridge(Feed feed, int index) {
    return bridges.get(feed).getOrDefault(index, Set.of());
  }

  private Map<Integer, Set<BridgeDirt>> bridgeFlaws() {
    Map<Integer, Set<BridgeDirt>> flaws = new HashMap<>();
    for (BridgeDirt dirt : BridgeDirt.values()) {
      for (int i = dirt.count(size); i > 0; i--) {
        int title = cleanTitle();
        while (flaws.getOrDefault(title, Set.of()).contains(dirt)) {
          title = cleanTitle();
        }
        flaws.computeIfAbsent(title, t -> EnumSet.noneOf(BridgeDirt.class)).add(dirt);
      }
    }
    return flaws;
  }

  private int cleanTitle() {
    int index = draw.below(size);
    while (titles.containsKey(index)) {
      index = draw.below(size);
    }
    return index;
  }
}
