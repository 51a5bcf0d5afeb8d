package io.medallion.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.core.functions.Either;
import io.medallion.application.port.out.SourceFetch;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FetchBudgetTest {

  private static final Duration SECOND = Duration.ofSeconds(1);

  @Test
  void givenAFailureWithoutRetryAfter_waitBefore_isTheBackoff() {
    FetchBudget budget = budget(Duration.ofSeconds(10), Duration.ofMinutes(1));

    assertThat(budget.waitBefore(1, failure(Optional.empty()))).isEqualTo(70);
    assertThat(budget.stoppedBecause()).isEmpty();
  }

  @Test
  void givenRetryAfterLongerThanTheBackoff_waitBefore_isTheRetryAfter() {
    FetchBudget budget = budget(Duration.ofSeconds(10), Duration.ofMinutes(1));

    assertThat(budget.waitBefore(1, failure(Optional.of(Duration.ofSeconds(3))))).isEqualTo(3000);
  }

  @Test
  void givenRetryAfterShorterThanTheBackoff_waitBefore_isTheBackoff() {
    FetchBudget budget = budget(Duration.ofSeconds(10), Duration.ofMinutes(1));

    assertThat(budget.waitBefore(1, failure(Optional.of(Duration.ZERO)))).isEqualTo(70);
  }

  @Test
  void givenRetryAfterBeyondTheBound_waitBefore_stopsSayingWhy() {
    FetchBudget budget = budget(Duration.ofSeconds(10), Duration.ofMinutes(1));

    assertThat(budget.waitBefore(1, failure(Optional.of(Duration.ofSeconds(11))))).isNegative();
    assertThat(budget.stoppedBecause())
        .hasValue("the source asked to retry after 11 s, more than the 10 s allowed");
  }

  @Test
  void givenAWaitPastTheTotalTimeout_waitBefore_stopsSayingWhy() {
    FetchBudget budget = budget(Duration.ofSeconds(10), Duration.ofSeconds(2));

    assertThat(budget.waitBefore(1, failure(Optional.of(Duration.ofSeconds(5))))).isNegative();
    assertThat(budget.stoppedBecause())
        .hasValue("waiting 5000 ms more would pass the total timeout of 2000 ms");
  }

  @Test
  void givenAttempts_startAttempt_countsThemAndGivesWhatIsLeftOfTheTotal() {
    FetchBudget budget = budget(Duration.ofSeconds(10), Duration.ofSeconds(2));

    assertThat(budget.startAttempt()).isLessThanOrEqualTo(Duration.ofSeconds(2)).isPositive();
    assertThat(budget.attemptsMade()).isEqualTo("1 attempt");
    budget.startAttempt();
    assertThat(budget.attemptsMade()).isEqualTo("2 attempts");
  }

  private static FetchBudget budget(Duration maxRetryAfter, Duration totalTimeout) {
    HttpSettings settings =
        new HttpSettings(SECOND, SECOND, 5, SECOND, SECOND, maxRetryAfter, totalTimeout);
    return new FetchBudget(settings, attempt -> 70L);
  }

  private static Either<Throwable, SourceFetch> failure(Optional<Duration> retryAfter) {
    return Either.left(new TransientFetchFailure("HTTP 503", retryAfter));
  }
}
