package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlRetryTest {

  private final List<RecordingConnection> opened = new ArrayList<>();
  private final List<Duration> waits = new ArrayList<>();

  @Test
  void givenTransientErrorsThenSuccess_run_retriesEachOnAFreshConnection() {
    SqlRetry retry = retry(RetryPolicy.defaults());
    List<Connection> used = new ArrayList<>();

    String answer =
        retry.run(
            "testing",
            connection -> {
              used.add(connection);
              if (used.size() < 3) {
                throw new SQLException("Database is not currently available", "HY000", 40613);
              }
              return "done";
            });

    assertThat(answer).isEqualTo("done");
    assertThat(opened).hasSize(3).allMatch(RecordingConnection::closed);
    assertThat(used).doesNotHaveDuplicates();
    assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  @Test
  void givenOnlyTransientErrors_run_stopsAfterMaxAttemptsWithWaitsGrowingToTheCap() {
    SqlRetry retry = retry(new RetryPolicy(7, Duration.ofSeconds(5), Duration.ofSeconds(60)));

    assertThatThrownBy(
            () ->
                retry.run(
                    "testing",
                    connection -> {
                      throw new SQLException("deadlock victim", "40001", 1205);
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("deadlock victim");
    assertThat(opened).hasSize(7);
    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofSeconds(20),
            Duration.ofSeconds(40),
            Duration.ofSeconds(60),
            Duration.ofSeconds(60));
  }

  @Test
  void givenPermanentError_run_failsAtOnceWithTheServersMessage() {
    SqlRetry retry = retry(RetryPolicy.defaults());

    assertThatThrownBy(
            () ->
                retry.run(
                    "testing",
                    connection -> {
                      throw new SQLException("Invalid object name 'gold.nope'.", "S0002", 208);
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Invalid object name 'gold.nope'.")
        .hasMessageContaining("208");
    assertThat(opened).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void givenTransientErrorWrappedInAnAdapterFailure_run_stillRetries() {
    SqlRetry retry = retry(RetryPolicy.defaults());
    int[] calls = {0};

    retry.run(
        "testing",
        connection -> {
          if (calls[0]++ == 0) {
            throw new IllegalStateException(
                "cannot load gold.dim_title", new SQLException("reset", "08S01", 10054));
          }
          return null;
        });

    assertThat(opened).hasSize(2);
  }

  @Test
  void givenPolicy_waitAfter_doublesFromTheFirstWaitUpToTheCap() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(6), Duration.ofSeconds(45));

    assertThat(List.of(1, 2, 3, 4, 10).stream().map(policy::waitAfter))
        .containsExactly(
            Duration.ofSeconds(6),
            Duration.ofSeconds(12),
            Duration.ofSeconds(24),
            Duration.ofSeconds(45),
            Duration.ofSeconds(45));
  }

  @Test
  void givenTooEagerOrTooPatientPolicy_constructor_refusesIt() {
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(60)))
        .hasMessageContaining("at least 5s");
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(61)))
        .hasMessageContaining("60s");
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(5), Duration.ofSeconds(60)))
        .hasMessageContaining("1-10");
  }

  private SqlRetry retry(RetryPolicy policy) {
    ConnectionSource source =
        () -> {
          RecordingConnection connection = RecordingConnection.empty();
          opened.add(connection);
          return connection.connection();
        };
    return new SqlRetry(source, policy, waits::add);
  }
}
