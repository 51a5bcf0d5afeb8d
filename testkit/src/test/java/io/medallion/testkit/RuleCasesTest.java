package io.medallion.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.quality.RowValues;
import io.medallion.domain.quality.Rule;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules' reference meaning ({@code Rule.test}, used by the in-memory engine) on every case. */
class RuleCasesTest {

  @Test
  void givenEveryCase_ruleTest_givesTheExpectedVerdict() {
    assertThat(RuleCases.all()).hasSizeGreaterThanOrEqualTo(60);
    for (RuleCases.Case c : RuleCases.all()) {
      Map<String, Object> row = new HashMap<>();
      row.put("a", c.a());
      row.put("b", c.b());
      RowValues values = row::get;
      assertThat(c.rule().test(values)).as(c.toString()).isEqualTo(c.expected());
    }
  }

  // A new kind of row rule without a case would be compiled by each engine unchecked. The two
  // table rules read a column their engine derives from the whole table, which a row of two
  // columns cannot hold: each engine's gold tests (orphan rows, duplicate keys) exercise them.
  @Test
  void givenEveryKindOfRowRule_theCases_holdAtLeastOneOfIt() throws Exception {
    Set<Class<?>> tableRules = Set.of(Rule.IsUniqueKey.class, Rule.ReferenceExists.class);
    Set<Class<?>> used = new HashSet<>();
    for (RuleCases.Case c : RuleCases.all()) {
      collect(c.rule(), used);
    }

    Set<Class<?>> rowRules = new HashSet<>(List.of(Rule.class.getPermittedSubclasses()));
    assertThat(rowRules).containsAll(tableRules);
    rowRules.removeAll(tableRules);
    assertThat(used).containsAll(rowRules).doesNotContainAnyElementsOf(tableRules);
  }

  // The rule's class, and those of the rules it holds (a combinator's parts).
  private static void collect(Rule rule, Set<Class<?>> used) throws Exception {
    used.add(rule.getClass());
    for (RecordComponent component : rule.getClass().getRecordComponents()) {
      Object value = component.getAccessor().invoke(rule);
      if (value instanceof Rule inner) {
        collect(inner, used);
      } else if (value instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof Rule inner) {
            collect(inner, used);
          }
        }
      }
    }
  }
}
