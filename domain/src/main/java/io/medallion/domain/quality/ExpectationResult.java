package io.medallion.domain.quality;

/** How many rows of one run passed and failed one expectation. */
public record ExpectationResult(String name, Action action, String rule, long passed, long failed) {

  public ExpectationResult {
    if (passed < 0 || failed < 0) {
      throw new IllegalArgumentException("counts are never negative: " + name);
    }
  }

  public static ExpectationResult of(Expectation expectation, long passed, long failed) {
    return new ExpectationResult(
        expectation.name(), expectation.action(), expectation.rule().sql(), passed, failed);
  }
}
