package io.medallion.adapters.synapse;

import static org.assertj.core.api.Assertions.assertThat;

import io.medallion.adapters.synapse.SynapseSettings.StorageAccess;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warehouse's probe on connections that run nothing; against a real server it runs in the
 * warehouse contract where {@link LiveSynapse} finds one.
 */
class SynapseProbeTest {

  private final List<Duration> waits = new ArrayList<>();

  @Test
  void givenAServerThatAnswers_problems_isEmptyAfterOneSelect() {
    RecordingConnection connection = RecordingConnection.empty();

    List<String> problems = warehouse(connection::connection).problems();

    assertThat(problems).isEmpty();
    assertThat(connection.transcript()).containsExactly("SELECT 1");
  }

  @Test
  void givenALoginRefused_problems_saysItOnceWithoutRetrying() {
    int[] attempts = {0};
    ConnectionSource refusing =
        () -> {
          attempts[0]++;
          // 40613 (database unavailable) is transient: a run would retry it, a probe does not.
          throw new SQLException(
              "Database 'medallion' is not currently available.", "S0001", 40613);
        };

    List<String> problems = warehouse(refusing).problems();

    assertThat(problems)
        .containsExactly(
            "warehouse: connecting to the Synapse warehouse failed: Database 'medallion' is not"
                + " currently available. (error 40613)");
    assertThat(attempts[0]).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  private SynapseWarehouse warehouse(ConnectionSource connections) {
    return new SynapseWarehouse(
        new DedicatedLoader(StorageAccess.CALLER, ReportingViews.standard()),
        new SqlRetry(connections, RetryPolicy.defaults(), waits::add),
        Clock.systemUTC());
  }
}
