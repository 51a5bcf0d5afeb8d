package io.medallion.domain.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a table's expectations judge its rows, whatever the engine: a row that failed a quarantine
 * expectation is quarantined, else one that failed a drop expectation is dropped, else it is kept;
 * the table stops before it is written at the first fail expectation, in the spec's order, whose
 * failures its tolerance does not allow, naming a few of the failing rows' keys. Table rules read a
 * value each engine derives from the whole table.
 */
public final class Judging {

  /** How many failing keys a stopped table names. */
  public static final int SAMPLE_KEYS = 5;

  /** The actions that turn a row away; a row goes where the first one it failed sends it. */
  public static final List<Action> TURNED_AWAY_BY = List.of(Action.QUARANTINE, Action.DROP);

  private final List<Expectation> expectations;

  public Judging(List<Expectation> expectations) {
    this.expectations = List.copyOf(expectations);
  }

  public List<Expectation> expectations() {
    return expectations;
  }

  /**
   * The rules whose value needs the whole table (a unique key, a reference to another table), each
   * once, in the order the expectations hold them.
   */
  public List<Rule> tableRules() {
    return expectations.stream()
        .flatMap(e -> Rule.flatten(e.rule()))
        .filter(r -> r instanceof Rule.IsUniqueKey || r instanceof Rule.ReferenceExists)
        .distinct()
        .toList();
  }

  /** Each expectation's result over {@code rows}, from its count of failing rows (spec order). */
  public List<ExpectationResult> results(long rows, List<Long> failing) {
    if (failing.size() != expectations.size()) {
      throw new IllegalArgumentException(
          expectations.size() + " expectations, " + failing.size() + " failure counts");
    }
    List<ExpectationResult> results = new ArrayList<>();
    for (int i = 0; i < expectations.size(); i++) {
      results.add(ExpectationResult.of(expectations.get(i), rows - failing.get(i), failing.get(i)));
    }
    return results;
  }

  /** The index of the first expectation whose result stops the table, if one does. */
  public Optional<Integer> stopping(List<ExpectationResult> results) {
    for (int i = 0; i < expectations.size(); i++) {
      ExpectationResult result = results.get(i);
      if (expectations.get(i).stops(result.failed(), result.passed() + result.failed())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The failure that stops {@code table} at {@code expectation} (or at a limit, by its name),
   * naming at most {@link #SAMPLE_KEYS} of the failing keys.
   */
  public static ExpectationFailedException stopped(
      String table, String expectation, long failing, List<String> keys) {
    return new ExpectationFailedException(
        table, expectation, failing, keys.subList(0, Math.min(SAMPLE_KEYS, keys.size())));
  }
}
