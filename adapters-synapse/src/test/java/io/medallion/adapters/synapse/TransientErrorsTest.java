package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransientErrorsTest {

  private static final List<Integer> LISTED =
      List.of(
          40613, 40501, 40197, 40143, 40540, 49918, 49919, 49920, 4060, 4221, 10928, 10929, 1205,
          1222, 233, 10053, 10054, 64);

  @Test
  void givenEachListedErrorNumber_isTransient_isTrue() {
    for (int number : LISTED) {
      assertThat(TransientErrors.isTransient(new SQLException("x", "HY000", number)))
          .as("error %s", number)
          .isTrue();
    }
  }

  @Test
  void givenPermanentErrorNumbers_isTransient_isFalse() {
    for (int number : List.of(208, 102, 2627, 18456, 547, 0, 40544, 1204)) {
      assertThat(TransientErrors.isTransient(new SQLException("x", "HY000", number)))
          .as("error %s", number)
          .isFalse();
    }
    assertThat(TransientErrors.isTransient(new IOException("disk"))).isFalse();
    assertThat(TransientErrors.isTransient(null)).isFalse();
  }

  @Test
  void givenTransientErrorChainedAfterAPermanentOne_isTransient_isTrue() {
    SQLException first = new SQLException("statement terminated", "HY000", 3621);
    first.setNextException(new SQLException("throttled", "HY000", 10928));

    assertThat(TransientErrors.isTransient(first)).isTrue();
    assertThat(TransientErrors.transientCode(first)).isEqualTo("10928");
  }

  @Test
  void givenTransientErrorAsADeepCause_isTransient_isTrue() {
    Exception wrapped =
        new IllegalStateException(
            "load failed", new RuntimeException(new SQLException("gone", "HY000", 40197)));

    assertThat(TransientErrors.isTransient(wrapped)).isTrue();
  }

  @Test
  void givenDriverLinkFailure_isTransient_isTrue() {
    assertThat(TransientErrors.isTransient(new SQLException("Connection reset", "08S01", 0)))
        .isTrue();
  }

  @Test
  void givenTransientErrorOnlyInASuppressedCleanUp_isTransient_isFalse() {
    SQLException permanent = new SQLException("bad column", "S0001", 207);
    permanent.addSuppressed(new SQLException("reset", "08S01", 10054));

    assertThat(TransientErrors.isTransient(permanent)).isFalse();
  }

  @Test
  void givenCyclicChain_isTransient_terminates() {
    SQLException a = new SQLException("a", "HY000", 1);
    SQLException b = new SQLException("b", "HY000", 2);
    a.setNextException(b);
    b.setNextException(a);

    assertThat(TransientErrors.isTransient(a)).isFalse();
  }
}
