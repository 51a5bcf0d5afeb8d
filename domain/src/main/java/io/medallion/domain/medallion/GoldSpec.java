package io.medallion.domain.medallion;

import io.medallion.domain.quality.Expectation;
import io.medallion.domain.quality.Rule;
import io.medallion.domain.table.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Publish one gold table from silver: its rows computed by its recipe, checked by its expectations
 * before they are written.
 */
public record GoldSpec(GoldTable table, GoldRecipe recipe, List<Expectation> expectations) {

  public GoldSpec {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(recipe, "recipe");
    expectations = List.copyOf(expectations);
  }

  public TableName target() {
    return table.table();
  }

  /**
   * Every table whose change can change this one: the recipe's sources, then the tables its
   * expectations look up (a bridge's titles), each once.
   */
  public List<TableName> inputs() {
    List<TableName> inputs = new ArrayList<>(recipe.sources());
    expectations.stream()
        .flatMap(e -> Rule.flatten(e.rule()))
        .filter(Rule.ReferenceExists.class::isInstance)
        .map(r -> ((Rule.ReferenceExists) r).table())
        .filter(t -> !inputs.contains(t))
        .forEach(inputs::add);
    return List.copyOf(inputs);
  }
}
