package io.medallion.domain.quality;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named rule, what happens to the rows that violate it, and, for {@link Action#FAIL}, how many
 * violations are tolerated before the run stops.
 */
public record Expectation(String name, Rule rule, Action action, Tolerance tolerance) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public Expectation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(tolerance, "tolerance");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("expectation names are snake_case: " + name);
    }
  }

  public Expectation(String name, Rule rule, Action action) {
    this(name, rule, action, Tolerance.none());
  }

  /** This expectation, stopping the run only past {@code tolerance}. */
  public Expectation tolerating(Tolerance tolerance) {
    return new Expectation(name, rule, action, tolerance);
  }

  /** True when {@code failed} violations among {@code rows} must stop the run. */
  public boolean stops(long failed, long rows) {
    return action == Action.FAIL && tolerance.exceededBy(failed, rows);
  }

  public static Expectation warn(String name, Rule rule) {
    return new Expectation(name, rule, Action.WARN);
  }

  public static Expectation drop(String name, Rule rule) {
    return new Expectation(name, rule, Action.DROP);
  }

  public static Expectation quarantine(String name, Rule rule) {
    return new Expectation(name, rule, Action.QUARANTINE);
  }

  public static Expectation fail(String name, Rule rule) {
    return new Expectation(name, rule, Action.FAIL);
  }
}
