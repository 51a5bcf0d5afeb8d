package io.medallion.adapters.http;

import static io.medallion.adapters.http.ScriptedServer.answering;
import static io.medallion.adapters.http.ScriptedServer.status;
import static io.medallion.adapters.http.TestRuns.RUN;
import static io.medallion.adapters.http.TestRuns.expectation;
import static io.medallion.adapters.http.TestRuns.failedRun;
import static io.medallion.adapters.http.TestRuns.nothingNewRun;
import static io.medallion.adapters.http.TestRuns.succeededRun;
import static io.medallion.adapters.http.TestRuns.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medallion.domain.quality.Action;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WebhookAlertsTest {

  // The path stands for the token Slack and Teams put in a webhook's address.
  private static final String HOOK = "/services/T000/B000/XXXXSECRET";
  // Waits of a few milliseconds: retries are counted, never timed.
  private static final HttpSettings QUICK =
      new HttpSettings(
          Duration.ofSeconds(2),
          Duration.ofSeconds(5),
          3,
          Duration.ofMillis(1),
          Duration.ofMillis(5),
          Duration.ofSeconds(1),
          Duration.ofSeconds(20));

  private final List<String> warnings = new CopyOnWriteArrayList<>();

  @Test
  void givenFailedRun_runFinished_postsOneJsonTextNamingTheRunAndTheReason() throws Exception {
    try (ScriptedServer hook = answering(status(200))) {
      alerts(hook.uri(HOOK), AlertPolicy.FAILURES)
          .runFinished(failedRun("the warehouse refused the load\n\tat Synapse.load"));

      assertThat(hook.requests()).isEqualTo(1);
      assertThat(hook.requestLine(0)).isEqualTo("POST " + HOOK);
      assertThat(hook.requestHeaders(0).getFirst("Content-Type")).startsWith("application/json");
      JsonNode body = new ObjectMapper().readTree(hook.requestBody(0));
      assertThat(body.size()).isEqualTo(1);
      assertThat(body.get("text").asText())
          .isEqualTo("Medallion run " + RUN + " failed: the warehouse refused the load");
      assertThat(warnings).isEmpty();
    }
  }

  @Test
  void givenSucceededRunWithOnlyQuarantinesDropsAndWarnings_runFinished_sendsNothing()
      throws Exception {
    try (ScriptedServer hook = answering(status(200))) {
      alerts(hook.uri(HOOK), AlertPolicy.FAILURES)
          .runFinished(
              succeededRun(
                  table(
                      "silver.titles",
                      expectation("has_id", Action.DROP, 5, 95),
                      expectation("valid_type", Action.QUARANTINE, 2, 98),
                      expectation("has_director", Action.WARN, 40, 60),
                      expectation("valid_year", Action.FAIL, 0, 100))));

      assertThat(hook.requests()).isZero();
    }
  }

  @Test
  void givenNothingNewRun_runFinished_sendsNothing() throws Exception {
    try (ScriptedServer hook = answering(status(200))) {
      alerts(hook.uri(HOOK), AlertPolicy.FAILURES_AND_WARNINGS).runFinished(nothingNewRun());

      assertThat(hook.requests()).isZero();
    }
  }

  @Test
  void givenFailExpectationWithFailedRows_runFinished_alertsNamingTableAndExpectation()
      throws Exception {
    try (ScriptedServer hook = answering(status(200))) {
      alerts(hook.uri(HOOK), AlertPolicy.FAILURES)
          .runFinished(
              succeededRun(
                  table("silver.titles", expectation("valid_year", Action.FAIL, 3, 97)),
                  table("silver.cast", expectation("has_name", Action.WARN, 9, 91))));

      assertThat(hook.requests()).isEqualTo(1);
      assertThat(textOf(hook))
          .contains(RUN.toString())
          .contains("- `silver.titles`: expectation `valid_year` (FAIL) failed 3 of 100 rows")
          .doesNotContain("has_name");
    }
  }

  @Test
  void givenPolicyWithWarnings_runFinished_alertsOnAWarnFailure() throws Exception {
    try (ScriptedServer hook = answering(status(200))) {
      alerts(hook.uri(HOOK), AlertPolicy.FAILURES_AND_WARNINGS)
          .runFinished(
              succeededRun(table("silver.cast", expectation("has_name", Action.WARN, 9, 91))));

      assertThat(hook.requests()).isEqualTo(1);
      assertThat(textOf(hook))
          .contains("- `silver.cast`: expectation `has_name` (WARN) failed 9 of 100 rows");
    }
  }

  @Test
  void givenWebhookAnswering503Then200_runFinished_retriesAndDeliversOneAlert() throws Exception {
    try (ScriptedServer hook = answering(status(503, "Retry-After", "0"), status(200))) {
      alerts(hook.uri(HOOK), AlertPolicy.FAILURES).runFinished(failedRun("disk full"));

      assertThat(hook.requests()).isEqualTo(2);
      assertThat(hook.requestBody(1)).isEqualTo(hook.requestBody(0));
      assertThat(warnings).singleElement().asString().contains("HTTP 503").contains("attempt 2");
    }
  }

  @Test
  void givenWebhookRefusing_runFinished_doesNotRetryAndWarns() throws Exception {
    try (ScriptedServer hook = answering(status(404))) {
      alerts(hook.uri(HOOK), AlertPolicy.FAILURES).runFinished(failedRun("disk full"));

      assertThat(hook.requests()).isEqualTo(1);
      assertThat(warnings)
          .singleElement()
          .asString()
          .contains("not delivered")
          .contains("HTTP 404, not retried")
          .doesNotContain("XXXXSECRET");
    }
  }

  @Test
  void givenUnreachableWebhook_runFinished_returnsAndWarnsNamingOnlyTheHost() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    URI webhook = URI.create("http://127.0.0.1:" + closedPort + HOOK + "?token=abc");

    assertThatCode(() -> alerts(webhook, AlertPolicy.FAILURES).runFinished(failedRun("disk full")))
        .doesNotThrowAnyException();

    assertThat(warnings).hasSize(3);
    assertThat(warnings.get(2))
        .startsWith(
            "Alert for run "
                + RUN
                + " was not delivered to the webhook at http://127.0.0.1:"
                + closedPort
                + " after 3 attempts:");
    assertThat(warnings).noneMatch(w -> w.contains("/services") || w.contains("token"));
  }

  @Test
  void givenFailureWhoseMessageNamesTheWebhook_undelivered_showsOnlyItsHost() {
    URI webhook = URI.create("https://hooks.slack.com" + HOOK + "?token=abc");
    WebhookAlerts alerts = alerts(webhook, AlertPolicy.FAILURES);

    String warning =
        alerts.undelivered(
            RUN, "after 1 attempt", new IllegalStateException("POST " + webhook + " broke"));

    assertThat(warning)
        .contains("https://hooks.slack.com")
        .doesNotContain("XXXXSECRET")
        .doesNotContain("token=abc");
  }

  @Test
  void givenAddressThatIsNoWebhook_constructor_refusesWithoutShowingIt() {
    assertThatThrownBy(
            () -> new WebhookAlerts(URI.create("ftp://hooks" + HOOK), AlertPolicy.FAILURES, QUICK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ftp'")
        .hasMessageNotContaining("XXXXSECRET");
  }

  private WebhookAlerts alerts(URI webhook, AlertPolicy policy) {
    return new WebhookAlerts(webhook, policy, QUICK, warnings::add);
  }

  private static String textOf(ScriptedServer hook) throws Exception {
    return new ObjectMapper().readTree(hook.requestBody(0)).get("text").asText();
  }
}
