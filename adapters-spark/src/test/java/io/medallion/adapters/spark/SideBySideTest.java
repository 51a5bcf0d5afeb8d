package io.medallion.adapters.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SideBySideTest {

  @Test
  void givenTasks_run_handsEveryResultToTheCallersThread() {
    Thread caller = Thread.currentThread();
    List<String> results = new ArrayList<>();
    List<Thread> handedOn = new ArrayList<>();

    SideBySide.run(
        List.<Callable<String>>of(() -> "a", () -> "b", () -> "c"),
        r -> {
          results.add(r);
          handedOn.add(Thread.currentThread());
        });

    assertThat(results).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(handedOn).containsOnly(caller);
  }

  @Test
  void givenTwoTasksThatWaitForEachOther_run_runsThemAtOnce() {
    CountDownLatch both = new CountDownLatch(2);
    Callable<Boolean> meet =
        () -> {
          both.countDown();
          return both.await(10, TimeUnit.SECONDS);
        };
    List<Boolean> met = new ArrayList<>();

    SideBySide.run(List.of(meet, meet), met::add);

    assertThat(met).containsExactly(true, true);
  }

  @Test
  void givenAFailure_run_startsNoOtherTaskAndThrowsItAfterTheStartedOnesEnd() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger ended = new AtomicInteger();
    CountDownLatch slowStarted = new CountDownLatch(1);
    List<Callable<String>> tasks = new ArrayList<>();
    tasks.add(
        () -> {
          started.incrementAndGet();
          slowStarted.await();
          throw new IllegalStateException("silver.cast failed");
        });
    tasks.add(
        () -> {
          started.incrementAndGet();
          slowStarted.countDown();
          Thread.sleep(200);
          ended.incrementAndGet();
          return "slow";
        });
    for (int i = 0; i < 5; i++) {
      tasks.add(
          () -> {
            started.incrementAndGet();
            return "late";
          });
    }
    List<String> handed = new ArrayList<>();

    assertThatThrownBy(() -> SideBySide.run(tasks, handed::add))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("silver.cast failed");
    assertThat(ended).hasValue(1);
    assertThat(started).hasValue(2);
    assertThat(handed).doesNotContain("slow");
  }

  @Test
  void givenAFailure_runEvery_runsEveryOtherTaskAndThenThrowsIt() {
    AtomicInteger ran = new AtomicInteger();
    List<Callable<String>> tasks = new ArrayList<>();
    tasks.add(
        () -> {
          throw new IllegalStateException("bronze.cast refused");
        });
    for (int i = 0; i < 5; i++) {
      tasks.add(
          () -> {
            ran.incrementAndGet();
            return "loaded";
          });
    }

    assertThatThrownBy(() -> SideBySide.runEvery(tasks, r -> {})).hasMessage("bronze.cast refused");
    assertThat(ran).hasValue(5);
  }

  @Test
  void givenTheCallbackFails_run_throwsItAndHandsNoLaterResult() {
    List<String> handed = new ArrayList<>();

    assertThatThrownBy(
            () ->
                SideBySide.run(
                    List.<Callable<String>>of(() -> "a", () -> "b"),
                    r -> {
                      handed.add(r);
                      throw new IllegalArgumentException("does not reconcile: " + r);
                    }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(handed).hasSize(1);
  }
}
