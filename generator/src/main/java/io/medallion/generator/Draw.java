package io.medallion.generator;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The random choices of the sample, all from one seeded {@link Random} so that a seed gives the
 * same files on every JVM (hence {@link StrictMath}, whose results are specified to the bit).
 */
final class Draw {

  private final Random random;

  Draw(long seed) {
    this.random = new Random(seed);
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  boolean percent(int chance) {
    return random.nextInt(100) < chance;
  }

  <T> T oneOf(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** An index below {@code size}, low ones far likelier: the larger the skew, the steeper. */
  int skewed(int size, double skew) {
    return (int) (size * StrictMath.pow(random.nextDouble(), skew));
  }

  /** A value of the list skewed towards its head, so that a few names fill many titles. */
  <T> T skewedOneOf(List<T> values, double skew) {
    return values.get(skewed(values.size(), skew));
  }

  /** A value picked with the given relative weights, one per value. */
  <T> T weighted(List<T> values, List<Integer> weights) {
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    int ticket = random.nextInt(total);
    for (int i = 0; ; i++) {
      ticket -= weights.get(i);
      if (ticket < 0) {
        return values.get(i);
      }
    }
  }

  /** Up to {@code count} different values; fewer only when the supplier keeps repeating itself. */
  <T> List<T> distinct(int count, Supplier<T> pick) {
    Set<T> picked = new LinkedHashSet<>();
    for (int attempt = 0; picked.size() < count && attempt < count * 20; attempt++) {
      picked.add(pick.get());
    }
    return List.copyOf(picked);
  }
}
