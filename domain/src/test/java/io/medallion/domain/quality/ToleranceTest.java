package io.medallion.domain.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToleranceTest {

  @Test
  void givenNoTolerance_anyFailingRow_exceedsIt() {
    assertThat(Tolerance.none().exceededBy(0, 100)).isFalse();
    assertThat(Tolerance.none().exceededBy(1, 100)).isTrue();
    assertThat(Tolerance.none().exceededBy(1, 0)).isTrue();
  }

  @Test
  void givenRowCount_onlyMoreRows_exceedIt() {
    assertThat(Tolerance.rows(3).exceededBy(3, 4)).isFalse();
    assertThat(Tolerance.rows(3).exceededBy(4, 1_000_000)).isTrue();
  }

  @Test
  void givenShare_onlyALargerShare_exceedsIt() {
    assertThat(Tolerance.share(0.05).exceededBy(5, 100)).isFalse();
    assertThat(Tolerance.share(0.05).exceededBy(6, 100)).isTrue();
    assertThat(Tolerance.share(0.05).exceededBy(1, 10)).isTrue();
  }

  @Test
  void givenCountAndShare_bothMustBeExceeded() {
    Tolerance limit = new Tolerance(10, 0.05);

    assertThat(limit.exceededBy(4, 6)).as("67% but only 4 rows").isFalse();
    assertThat(limit.exceededBy(11, 10_000)).as("11 rows but 0.1%").isFalse();
    assertThat(limit.exceededBy(11, 100)).isTrue();
  }

  @Test
  void givenNegativeOrOutOfRangeValues_tolerance_isRefused() {
    assertThatThrownBy(() -> new Tolerance(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Tolerance(0, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Tolerance(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givenFailExpectationWithTolerance_stops_onlyPastIt() {
    Expectation strict = Expectation.fail("x", Rule.notNull("a"));
    Expectation lenient = strict.tolerating(Tolerance.share(0.10));
    Expectation warning = Expectation.warn("y", Rule.notNull("a"));

    assertThat(strict.stops(1, 100)).isTrue();
    assertThat(lenient.stops(10, 100)).isFalse();
    assertThat(lenient.stops(11, 100)).isTrue();
    assertThat(warning.stops(100, 100)).as("only fail expectations stop a run").isFalse();
  }
}
