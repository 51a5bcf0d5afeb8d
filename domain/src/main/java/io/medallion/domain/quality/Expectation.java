package io.medallion.domain.quality;

import java.util.Objects;
import java.util.regex.Pattern;

/** A named rule and what happens to the rows that violate it. */
public record Expectation(String name, Rule rule, Action action) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public Expectation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(action, "action");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("expectation names are snake_case: " + name);
    }
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
