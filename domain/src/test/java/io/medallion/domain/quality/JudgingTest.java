package io.medallion.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.medallion.domain.table.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgingTest {

  private static final TableName TITLES = TableName.parse("silver.titles");

  private final Expectation warned = Expectation.warn("rated", Rule.notNull("rating"));
  private final Expectation keyed = Expectation.fail("key_unique", Rule.isUniqueKey("show_id"));
  private final Expectation referenced =
      Expectation.drop(
          "title_exists",
          Rule.and(Rule.notNull("show_id"), Rule.referenceExists("show_id", TITLES, "show_id")));
  private final Expectation alsoKeyed = Expectation.fail("key_again", Rule.isUniqueKey("show_id"));
  private final Judging judging = new Judging(List.of(warned, keyed, referenced, alsoKeyed));

  @Test
  void givenExpectations_tableRules_areTheWholeTableOnesOnceInTheirOrder() {
    assertThat(judging.tableRules())
        .containsExactly(
            Rule.isUniqueKey("show_id"), Rule.referenceExists("show_id", TITLES, "show_id"));
  }

  @Test
  void givenFailureCounts_results_passTheRestInSpecOrder() {
    List<ExpectationResult> results = judging.results(10, List.of(3L, 0L, 1L, 0L));

    assertThat(results)
        .extracting(ExpectationResult::name, ExpectationResult::passed, ExpectationResult::failed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rated", 7L, 3L),
            org.assertj.core.groups.Tuple.tuple("key_unique", 10L, 0L),
            org.assertj.core.groups.Tuple.tuple("title_exists", 9L, 1L),
            org.assertj.core.groups.Tuple.tuple("key_again", 10L, 0L));
    assertThatThrownBy(() -> judging.results(10, List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenFailuresOfAWarnAndTwoFails_stopping_isTheFirstFailInSpecOrder() {
    assertThat(judging.stopping(judging.results(10, List.of(3L, 0L, 1L, 0L)))).isEmpty();
    assertThat(judging.stopping(judging.results(10, List.of(3L, 2L, 1L, 2L)))).contains(1);
    assertThat(judging.stopping(judging.results(10, List.of(3L, 0L, 1L, 2L)))).contains(3);
  }

  @Test
  void givenMoreFailingKeysThanTheSample_stopped_namesTheFirstFive() {
    ExpectationFailedException stopped =
        Judging.stopped("gold.dim_title", "key_unique", 7, List.of("a", "b", "c", "d", "e", "f"));

    assertThat(stopped.sampleKeys()).containsExactly("a", "b", "c", "d", "e");
    assertThat(stopped.failing()).isEqualTo(7);
    assertThat(stopped).hasMessageContaining("key_unique").hasMessageContaining("gold.dim_title");
  }

  @Test
  void givenARowFailingBothQuarantineAndDrop_theFirstActionTurningItAway_isQuarantine() {
    assertThat(Judging.TURNED_AWAY_BY).containsExactly(Action.QUARANTINE, Action.DROP);
  }
}
