package io.medallion.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JitteredBackoffTest {

  private static final Duration INITIAL = Duration.ofMillis(200);
  private static final Duration MAX = Duration.ofSeconds(5);

  @Test
  void givenResilience4jRandomBackoff_atTheCap_everyWaitIsTheCap() {
    // The finding that JitteredBackoff exists for: ofExponentialRandomBackoff caps after drawing.
    IntervalFunction theirs = IntervalFunction.ofExponentialRandomBackoff(INITIAL, 2.0, 0.5, MAX);

    assertThat(draws(theirs, 8)).containsExactly(MAX.toMillis());
  }

  @Test
  void givenAttemptsPastTheCap_apply_staysSpreadBelowTheCap() {
    JitteredBackoff ours = new JitteredBackoff(INITIAL, 2.0, 0.5, MAX);

    for (int attempt : new int[] {6, 8, 30, 1000}) {
      TreeSet<Long> waits = draws(ours, attempt);
      assertThat(waits.size()).as("distinct waits at attempt %d", attempt).isGreaterThan(100);
      assertThat(waits.first()).isGreaterThanOrEqualTo(2500);
      assertThat(waits.last()).isLessThanOrEqualTo(MAX.toMillis());
    }
  }

  @Test
  void givenEarlyAttempts_apply_growsExponentiallyWithJitterAroundTheBase() {
    assertThat(fixed(0.0).apply(1)).isEqualTo(100);
    assertThat(fixed(0.5).apply(1)).isEqualTo(200);
    assertThat(fixed(1.0).apply(1)).isEqualTo(300);
    assertThat(fixed(0.5).apply(3)).isEqualTo(800);
    assertThat(fixed(1.0).apply(4)).isEqualTo(2400);
  }

  @Test
  void givenAttemptNearTheCap_apply_drawsUpToTheCapWithoutPilingOnIt() {
    // Attempt 6: base 6400 ms capped to 5000, so the draw spans [2500, 5000].
    assertThat(fixed(0.0).apply(6)).isEqualTo(2500);
    assertThat(fixed(0.5).apply(6)).isEqualTo(3750);
    assertThat(fixed(1.0).apply(6)).isEqualTo(5000);
    // Attempt 5: base 3200 ms, whose upper jitter (4800) is still under the cap.
    assertThat(fixed(1.0).apply(5)).isEqualTo(4800);
  }

  @Test
  void givenTinyBackoff_apply_neverWaitsLessThanAMillisecond() {
    JitteredBackoff tiny =
        new JitteredBackoff(Duration.ofMillis(1), 2.0, 0.5, Duration.ofMillis(1), () -> 0.0);

    assertThat(tiny.apply(1)).isEqualTo(1);
  }

  private static JitteredBackoff fixed(double random) {
    return new JitteredBackoff(INITIAL, 2.0, 0.5, MAX, () -> random);
  }

  private static TreeSet<Long> draws(IntervalFunction backoff, int attempt) {
    Set<Long> waits = new TreeSet<>();
    IntStream.range(0, 1000).forEach(i -> waits.add(backoff.apply(attempt)));
    return new TreeSet<>(waits);
  }
}
