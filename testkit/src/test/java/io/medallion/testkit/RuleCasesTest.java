package io.medallion.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.quality.RowValues;
import java.util.HashMap;
import java.util.Map;
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
}
