package io.medallion.domain.quality;

import static io.medallion.domain.quality.Rule.and;
import static io.medallion.domain.quality.Rule.between;
import static io.medallion.domain.quality.Rule.containsMatch;
import static io.medallion.domain.quality.Rule.inSet;
import static io.medallion.domain.quality.Rule.isDate;
import static io.medallion.domain.quality.Rule.isNull;
import static io.medallion.domain.quality.Rule.isUniqueKey;
import static io.medallion.domain.quality.Rule.isWholeNumber;
import static io.medallion.domain.quality.Rule.not;
import static io.medallion.domain.quality.Rule.notBlank;
import static io.medallion.domain.quality.Rule.notNull;
import static io.medallion.domain.quality.Rule.or;
import static io.medallion.domain.quality.Rule.referenceExists;
import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.domain.table.Layer;
import io.medallion.domain.table.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleColumnsTest {

  @Test
  void givenEachLeaf_columns_isTheColumnItReads() {
    assertThat(isNull("a").columns()).containsExactly("a");
    assertThat(notBlank("b").columns()).containsExactly("b");
    assertThat(containsMatch("c", "^x$").columns()).containsExactly("c");
    assertThat(inSet("d", "Movie").columns()).containsExactly("d");
    assertThat(isWholeNumber("e").columns()).containsExactly("e");
    assertThat(isDate("f", "M/d/yyyy").columns()).containsExactly("f");
    assertThat(between("g", 1, 2).columns()).containsExactly("g");
  }

  @Test
  void givenTableRules_columns_areTheirSourcesNotTheirDerivedColumns() {
    Rule unique = isUniqueKey("show_id", "person");
    Rule reference =
        referenceExists("show_id", TableName.of(Layer.SILVER, "titles"), "other_table_column");

    assertThat(unique.columns()).containsExactly("show_id", "person");
    assertThat(reference.columns()).containsExactly("show_id");
  }

  @Test
  void givenCombinators_columns_areTheirRulesColumnsEachOnceInOrder() {
    Rule rule = or(not(inSet("type", "Movie")), and(between("minutes", 1, 9), notNull("type")));

    assertThat(rule.columns()).containsExactly("type", "minutes");
    assertThat(not(isNull("x")).columns()).containsExactly("x");
    assertThat(and().columns()).isEqualTo(List.of());
  }
}
