package io.medallion.adapters.http;

import io.medallion.application.port.out.SourceFetch;
import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.port.out.SourceVersion;
import io.medallion.application.run.LookupSource;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;

/**
 * What an answer means for a fetch: a 200 is the whole file and its version, a 304 to a conditional
 * request is no change; transient statuses are retried, honouring a Retry-After; any other status
 * is refused at once.
 */
final class AnswerReading {

  private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
  private static final Set<Integer> MISSING_STATUSES = Set.of(404, 410);

  private AnswerReading() {}

  static SourceFetch of(
      HttpResponse<byte[]> response, LookupSource source, SourceVersion known, String where) {
    int status = response.statusCode();
    if (status == 200) {
      return SourceFetch.of(WholeBody.of(response, source, where), versionOf(response.headers()));
    }
    if (status == 304 && known.isKnown()) {
      return SourceFetch.notModified(known);
    }
    throwIfTransient(response);
    throw new SourceUnavailableException(refusal(response, source, where));
  }

  /**
   * Throws a {@link TransientFetchFailure}, with the wait the answer asks for, when its status is
   * one that another attempt may not meet: 408, 429, 500, 502, 503, 504.
   */
  static void throwIfTransient(HttpResponse<?> response) {
    if (TRANSIENT_STATUSES.contains(response.statusCode())) {
      throw new TransientFetchFailure(
          "HTTP " + response.statusCode(),
          response
              .headers()
              .firstValue("Retry-After")
              .flatMap(value -> RetryAfter.parse(value, Instant.now())));
    }
  }

  private static SourceVersion versionOf(HttpHeaders headers) {
    return new SourceVersion(headers.firstValue("ETag"), headers.firstValue("Last-Modified"));
  }

  private static String refusal(HttpResponse<byte[]> response, LookupSource source, String where) {
    int status = response.statusCode();
    if (MISSING_STATUSES.contains(status)) {
      return String.format(
          "source %s does not exist at %s (HTTP %d)", source.name(), where, status);
    }
    if (status == 304) {
      return String.format(
          "source %s at %s answered 304 Not Modified to a request naming no version (HTTP 304)",
          source.name(), where);
    }
    if (status / 100 == 3) {
      return redirectRefusal(response, source, where);
    }
    if (status / 100 == 2) {
      return String.format(
          "source %s at %s answered HTTP %d, not the whole file a 200 brings",
          source.name(), where, status);
    }
    return String.format("source %s was refused by %s (HTTP %d)", source.name(), where, status);
  }

  // Not retried: the same request would go round the same loop again.
  private static String redirectRefusal(
      HttpResponse<byte[]> response, LookupSource source, String where) {
    int redirects = 0;
    for (var earlier = response.previousResponse(); earlier.isPresent(); ) {
      redirects++;
      earlier = earlier.get().previousResponse();
    }
    return redirects > 0
        ? String.format(
            "source %s at %s was still redirected after %d redirects: a redirect loop or too long"
                + " a chain (HTTP %d)",
            source.name(), where, redirects, response.statusCode())
        : String.format(
            "source %s at %s answered a redirect that is not followed: to plain HTTP, to an"
                + " unsupported address or to none (HTTP %d)",
            source.name(), where, response.statusCode());
  }
}
