package io.medallion.adapters.http;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.medallion.application.port.in.LookupSource;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.SourceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a source with GETs, retrying timeouts, dropped connections, short bodies and transient
 * statuses with exponential backoff and jitter; a missing or forbidden source fails at once.
 */
final class HttpSourceFetcher implements SourceFetcher {

  private static final Logger LOG = LoggerFactory.getLogger(HttpSourceFetcher.class);

  private static final double BACKOFF_MULTIPLIER = 2.0;
  // Jitter keeps the lookup feeds, fetched together, from retrying against a struggling server
  // in lockstep.
  private static final double BACKOFF_JITTER = 0.5;

  private final GetAttempt attempt;
  private final int maxAttempts;
  private final RetryConfig retryConfig;

  HttpSourceFetcher(HttpSettings settings) {
    this.attempt = new GetAttempt(settings);
    this.maxAttempts = settings.maxAttempts();
    // Retryable outcomes are thrown, not returned and matched with retryOnResult: once the
    // attempts are spent the last failure itself comes out, which is what failAfterMaxAttempts
    // gives for results minus the loss of the last status to a MaxRetriesExceededException.
    // Anything not in retryExceptions (SourceUnavailableException) propagates at once.
    this.retryConfig =
        RetryConfig.custom()
            .maxAttempts(maxAttempts)
            .intervalFunction(
                IntervalFunction.ofExponentialRandomBackoff(
                    settings.initialBackoff(),
                    BACKOFF_MULTIPLIER,
                    BACKOFF_JITTER,
                    settings.maxBackoff()))
            .retryExceptions(TransientFetchFailure.class)
            .build();
  }

  @Override
  public byte[] fetch(LookupSource source) {
    String where = RedactedUri.of(source.uri());
    Retry retry = Retry.of("fetch-" + source.name(), retryConfig);
    retry
        .getEventPublisher()
        .onRetry(
            event ->
                LOG.warn(
                    "Fetching {} from {} failed ({}); attempt {} of {} in {} ms",
                    source.name(),
                    where,
                    event.getLastThrowable().getMessage(),
                    event.getNumberOfRetryAttempts() + 1,
                    maxAttempts,
                    event.getWaitInterval().toMillis()));
    try {
      byte[] body = retry.executeSupplier(() -> attempt.run(source));
      LOG.info("Fetched {} ({} bytes) from {}", source.name(), body.length, where);
      return body;
    } catch (TransientFetchFailure last) {
      throw new SourceUnavailableException(
          String.format(
              "source %s could not be fetched from %s after %d attempts; last failure: %s",
              source.name(), where, maxAttempts, last.getMessage()),
          last.getCause());
    }
  }
}
