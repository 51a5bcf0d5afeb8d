package io.medallion.adapters.http;

import static java.util.concurrent.TimeUnit.NANOSECONDS;

import io.medallion.application.port.out.SourceFetch;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.port.out.SourceVersion;
import io.medallion.application.run.LookupSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * One GET of a source, conditional on the version known: its whole body and version, or word that
 * it is unchanged, or a {@link TransientFetchFailure} worth retrying, or a {@link
 * SourceUnavailableException} that is not.
 */
final class GetAttempt {

  private final HttpClient client;
  private final Duration connectTimeout;
  private final Duration requestTimeout;

  GetAttempt(HttpSettings settings) {
    this.client = settings.sourceClient();
    this.connectTimeout = settings.connectTimeout();
    this.requestTimeout = settings.requestTimeout();
  }

  /** Runs the attempt, taking {@code ceiling} at most. */
  SourceFetch run(LookupSource source, SourceVersion known, Duration ceiling) {
    String where = RedactedUri.of(source.uri());
    WatchedBody body = new WatchedBody(connectTimeout);
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(request(source.uri(), known, ceiling), body);
    try {
      return AnswerReading.of(await(exchange, body, ceiling), source, known, where);
    } catch (ExecutionException e) {
      throw ExchangeFailure.of(e.getCause(), source, where);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new SourceUnavailableException(
          "interrupted while fetching source " + source.name() + " from " + where, e);
    }
  }

  private HttpRequest request(URI uri, SourceVersion known, Duration ceiling) {
    Duration timeout = requestTimeout.compareTo(ceiling) <= 0 ? requestTimeout : ceiling;
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
    known.etag().ifPresent(etag -> request.header("If-None-Match", etag));
    known.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
    return request.build();
  }

  // HttpRequest.timeout bounds only the wait for the headers; a body that stops coming would hang
  // the attempt, so no piece of it may take longer than the request timeout either.
  private HttpResponse<byte[]> await(
      CompletableFuture<HttpResponse<byte[]>> exchange, WatchedBody body, Duration ceiling)
      throws ExecutionException, InterruptedException {
    long end = System.nanoTime() + ceiling.toNanos();
    while (true) {
      long now = System.nanoTime();
      long stalledAt = body.lastArrival() + requestTimeout.toNanos();
      long until = stalledAt - end < 0 ? stalledAt : end;
      if (until - now <= 0) {
        exchange.cancel(true);
        throw new TransientFetchFailure(
            until == end
                ? "timed out: the attempt used up the " + FetchBudget.show(ceiling) + " left"
                : "timed out: nothing received for " + FetchBudget.show(requestTimeout));
      }
      try {
        return exchange.get(until - now, NANOSECONDS);
      } catch (TimeoutException e) {
        // Look again: something may have arrived meanwhile.
      }
    }
  }
}
