package io.medallion.adapters.http;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.medallion.application.port.out.SourceFetch;
import io.medallion.application.port.out.SourceFetcher;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.port.out.SourceVersion;
import io.medallion.application.run.LookupSource;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a source with conditional GETs, retrying timeouts, dropped connections, short bodies and
 * transient statuses with jittered exponential backoff or the Retry-After asked for, within a total
 * timeout; a missing, forbidden or TLS-refused source fails at once.
 */
final class HttpSourceFetcher implements SourceFetcher {

  private static final Logger LOG = LoggerFactory.getLogger(HttpSourceFetcher.class);

  private static final double BACKOFF_MULTIPLIER = 2.0;
  // Jitter keeps the lookup feeds, fetched together, from retrying against a struggling server
  // in lockstep.
  private static final double BACKOFF_JITTER = 0.5;

  private final HttpSettings settings;
  private final GetAttempt attempt;
  private final SourceProbe probe;
  private final JitteredBackoff backoff;
  private final Runnable beforeRetry;

  HttpSourceFetcher(HttpSettings settings) {
    this(settings, () -> {});
  }

  /** {@code beforeRetry} runs before each wait for a retry (tests change the server there). */
  HttpSourceFetcher(HttpSettings settings, Runnable beforeRetry) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.attempt = new GetAttempt(settings);
    this.probe = new SourceProbe(settings);
    this.backoff =
        new JitteredBackoff(
            settings.initialBackoff(), BACKOFF_MULTIPLIER, BACKOFF_JITTER, settings.maxBackoff());
    this.beforeRetry = beforeRetry;
  }

  @Override
  public SourceFetch fetch(LookupSource source, SourceVersion known) {
    Objects.requireNonNull(known, "known");
    String where = RedactedUri.of(source.uri());
    FetchBudget budget = new FetchBudget(settings, backoff);
    Retry retry = Retry.of("fetch-" + source.name(), retryConfig(budget));
    AtomicInteger retries = new AtomicInteger();
    retry
        .getEventPublisher()
        .onRetry(
            event -> {
              retries.incrementAndGet();
              LOG.warn(
                  "Fetching {} from {} failed ({}); attempt {} of {} in {} ms",
                  source.name(),
                  where,
                  event.getLastThrowable().getMessage(),
                  event.getNumberOfRetryAttempts() + 1,
                  settings.maxAttempts(),
                  event.getWaitInterval().toMillis());
              beforeRetry.run();
            });
    try {
      SourceFetch fetched =
          retry.executeSupplier(() -> attempt.run(source, known, budget.startAttempt()));
      log(source, where, fetched);
      return fetched.afterRetries(retries.get());
    } catch (TransientFetchFailure last) {
      throw new SourceUnavailableException(
          String.format(
              "source %s could not be fetched from %s after %s%s; last failure: %s",
              source.name(),
              where,
              budget.attemptsMade(),
              budget.stoppedBecause().map(reason -> " (" + reason + ")").orElse(""),
              last.getMessage()),
          last.getCause());
    }
  }

  @Override
  public Optional<String> probe(LookupSource source) {
    return probe.problem(source);
  }

  // Retryable outcomes are thrown, not returned and matched with retryOnResult: once the attempts
  // are spent, or the budget says stop, the last failure itself comes out, with its reason (what
  // failAfterMaxAttempts gives for results, minus the loss of the last status to a
  // MaxRetriesExceededException). Nothing but a whole body or a 304 is ever returned, and anything
  // not a TransientFetchFailure (SourceUnavailableException) propagates at once.
  private RetryConfig retryConfig(FetchBudget budget) {
    return RetryConfig.<SourceFetch>custom()
        .maxAttempts(settings.maxAttempts())
        .intervalBiFunction(budget::waitBefore)
        .retryExceptions(TransientFetchFailure.class)
        .build();
  }

  private static void log(LookupSource source, String where, SourceFetch fetched) {
    if (fetched.modified()) {
      LOG.info(
          "Fetched {} ({} bytes, {}) from {}",
          source.name(),
          fetched.content().orElseThrow().length,
          fetched.version(),
          where);
    } else {
      LOG.info("Source {} at {} is unchanged since {}", source.name(), where, fetched.version());
    }
  }
}
