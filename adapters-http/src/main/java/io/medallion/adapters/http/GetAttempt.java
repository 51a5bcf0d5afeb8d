package io.medallion.adapters.http;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import io.medallion.application.port.in.LookupSource;
import io.medallion.application.port.out.SourceUnavailableException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * One GET of a source: its whole body, or a {@link TransientFetchFailure} worth retrying, or a
 * {@link SourceUnavailableException} that is not.
 */
final class GetAttempt {

  private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
  private static final Set<Integer> MISSING_STATUSES = Set.of(404, 410);

  private final HttpClient client;
  private final Duration timeout;

  GetAttempt(HttpSettings settings) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.timeout = settings.requestTimeout();
  }

  byte[] run(LookupSource source) {
    String where = RedactedUri.of(source.uri());
    HttpRequest request = HttpRequest.newBuilder(source.uri()).timeout(timeout).GET().build();
    // HttpRequest.timeout only bounds the wait for the headers; a body that stalls would hang
    // the fetch forever, so the whole exchange gets the same deadline.
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(request, BodyHandlers.ofByteArray());
    try {
      return bodyOf(exchange.get(timeout.toMillis(), MILLISECONDS), source, where);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new TransientFetchFailure("no complete answer within " + timeout, e);
    } catch (ExecutionException e) {
      throw failureOf(e.getCause(), source, where);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new SourceUnavailableException(
          "interrupted while fetching source " + source.name() + " from " + where, e);
    }
  }

  private static byte[] bodyOf(HttpResponse<byte[]> response, LookupSource source, String where) {
    int status = response.statusCode();
    if (status == 200) {
      return checkedLength(response);
    }
    if (TRANSIENT_STATUSES.contains(status)) {
      throw new TransientFetchFailure("HTTP " + status, null);
    }
    String problem = MISSING_STATUSES.contains(status) ? "does not exist at" : "was refused by";
    throw new SourceUnavailableException(
        String.format("source %s %s %s (HTTP %d)", source.name(), problem, where, status));
  }

  private static byte[] checkedLength(HttpResponse<byte[]> response) {
    byte[] body = response.body();
    // HttpClient itself fails an HTTP/1.1 body cut short by EOF; checking here keeps the
    // guarantee whatever the protocol version or client behaviour.
    OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
    if (declared.isPresent() && declared.getAsLong() != body.length) {
      throw new TransientFetchFailure(
          "received " + body.length + " bytes, Content-Length " + declared.getAsLong(), null);
    }
    return body;
  }

  private static RuntimeException failureOf(Throwable cause, LookupSource source, String where) {
    // Connection failures often carry no message, so the type says what happened.
    String description =
        cause.getClass().getSimpleName()
            + (cause.getMessage() == null
                ? ""
                : ": " + RedactedUri.scrub(cause.getMessage(), source.uri()));
    if (cause instanceof IOException) {
      // Timeouts (HttpTimeoutException), refused or reset connections and bodies cut short.
      return new TransientFetchFailure(description, cause);
    }
    return new SourceUnavailableException(
        "source " + source.name() + " could not be fetched from " + where + ": " + description,
        cause);
  }
}
