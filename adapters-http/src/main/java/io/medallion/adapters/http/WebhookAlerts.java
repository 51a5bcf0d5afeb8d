package io.medallion.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.medallion.application.port.out.RunProgress;
import io.medallion.application.run.RunId;
import io.medallion.application.run.RunReport;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises an alert when a run fails, or when expectations its policy names failed rows: one JSON
 * POST of {@code {"text": "..."}}, the shape Slack and Teams incoming webhooks accept, retried as a
 * source fetch is. An alert that cannot be delivered is logged as a warning and the run goes on;
 * the webhook's address, whose path is its secret, is never shown beyond its host.
 */
public final class WebhookAlerts implements RunProgress {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookAlerts.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double BACKOFF_MULTIPLIER = 2.0;
  private static final double BACKOFF_JITTER = 0.5;

  private final AlertPolicy policy;
  private final HttpSettings settings;
  private final URI webhook;
  private final WebhookPost post;
  private final JitteredBackoff backoff;
  private final Consumer<String> warn;

  public WebhookAlerts(URI webhook, AlertPolicy policy, HttpSettings settings) {
    this(webhook, policy, settings, LOG::warn);
  }

  /** {@code warn} hears every warning, which tests read. */
  WebhookAlerts(URI webhook, AlertPolicy policy, HttpSettings settings, Consumer<String> warn) {
    this.webhook = checked(webhook);
    this.policy = Objects.requireNonNull(policy, "policy");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.post = new WebhookPost(webhook, settings);
    this.backoff =
        new JitteredBackoff(
            settings.initialBackoff(), BACKOFF_MULTIPLIER, BACKOFF_JITTER, settings.maxBackoff());
    this.warn = warn;
  }

  @Override
  public void runFinished(RunReport report) {
    try {
      AlertText.of(report, policy).ifPresent(text -> deliver(report.runId(), text));
    } catch (RuntimeException e) {
      // A listener never throws: whatever went wrong, the run's outcome stands.
      warn.accept(undelivered(report.runId(), "for an unexpected failure", e));
    }
  }

  private void deliver(RunId run, String text) {
    byte[] body = json(text);
    FetchBudget budget = new FetchBudget(settings, backoff);
    Retry retry = Retry.of("alert-" + run, retryConfig(budget));
    retry
        .getEventPublisher()
        .onRetry(
            event ->
                warn.accept(
                    String.format(
                        "Alert for run %s to %s failed (%s); attempt %d of %d in %d ms",
                        run,
                        RedactedUri.hostOf(webhook),
                        event.getLastThrowable().getMessage(),
                        event.getNumberOfRetryAttempts() + 1,
                        settings.maxAttempts(),
                        event.getWaitInterval().toMillis())));
    try {
      retry.executeRunnable(() -> post.send(body, budget.startAttempt()));
      LOG.info("Alert for run {} sent to {}", run, RedactedUri.hostOf(webhook));
    } catch (TransientFetchFailure | WebhookPost.Refused last) {
      String attempts =
          "after "
              + budget.attemptsMade()
              + budget.stoppedBecause().map(reason -> " (" + reason + ")").orElse("");
      warn.accept(undelivered(run, attempts, last));
    }
  }

  // Retryable failures are thrown (see HttpSourceFetcher); a refusal propagates at once.
  private RetryConfig retryConfig(FetchBudget budget) {
    return RetryConfig.custom()
        .maxAttempts(settings.maxAttempts())
        .intervalBiFunction(budget::waitBefore)
        .retryExceptions(TransientFetchFailure.class)
        .build();
  }

  /** The warning for an alert not delivered ({@code how}), naming the webhook's host only. */
  String undelivered(RunId run, String how, Throwable last) {
    String why =
        last.getMessage() == null
            ? last.getClass().getSimpleName()
            : RedactedUri.scrubBeyondHost(last.getMessage(), webhook);
    return String.format(
        "Alert for run %s was not delivered to the webhook at %s %s: %s; the run's outcome stands",
        run, RedactedUri.hostOf(webhook), how, why);
  }

  private static byte[] json(String text) {
    try {
      return JSON.writeValueAsBytes(Map.of("text", text));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("one string always writes as JSON", e);
    }
  }

  // The address itself is never shown: its path is the webhook's secret.
  private static URI checked(URI webhook) {
    Objects.requireNonNull(webhook, "webhook");
    String scheme = webhook.getScheme() == null ? "" : webhook.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || webhook.getHost() == null) {
      throw new IllegalArgumentException(
          "the alert webhook must be an http or https address with a host, not one with scheme '"
              + scheme
              + "'");
    }
    return webhook;
  }
}
