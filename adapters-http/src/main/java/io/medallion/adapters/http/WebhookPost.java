package io.medallion.adapters.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One POST of a JSON body to a webhook: a 2xx delivers it; connection failures, timeouts and
 * transient statuses throw a {@link TransientFetchFailure} worth retrying (with the Retry-After
 * asked for), any other answer a {@link Refused}. No message names more of the address than its
 * host.
 */
final class WebhookPost {

  private final HttpClient client;
  private final URI webhook;
  private final Duration requestTimeout;

  WebhookPost(URI webhook, HttpSettings settings) {
    // A redirect is not followed: a POST's body would not follow it, and it is not a webhook's way.
    this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    this.webhook = webhook;
    this.requestTimeout = settings.requestTimeout();
  }

  /** Sends {@code json}, taking {@code ceiling} at most. */
  void send(byte[] json, Duration ceiling) {
    HttpResponse<Void> response;
    try {
      response = client.send(request(json, ceiling), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new TransientFetchFailure(describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refused("interrupted");
    }
    int status = response.statusCode();
    if (status / 100 == 2) {
      return;
    }
    AnswerReading.throwIfTransient(response);
    throw new Refused("HTTP " + status + ", not retried");
  }

  private HttpRequest request(byte[] json, Duration ceiling) {
    return HttpRequest.newBuilder(webhook)
        .timeout(requestTimeout.compareTo(ceiling) <= 0 ? requestTimeout : ceiling)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build();
  }

  // Connection failures often carry no message and come wrapped: the types say what happened.
  private String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String described = oneLine(failure);
    String innermost = oneLine(root);
    return innermost.equals(described) ? described : described + " (" + innermost + ")";
  }

  private String oneLine(Throwable throwable) {
    return throwable.getClass().getSimpleName()
        + (throwable.getMessage() == null
            ? ""
            : ": " + RedactedUri.scrubBeyondHost(throwable.getMessage(), webhook));
  }

  /** The webhook refused the alert in a way another attempt would not change. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }
}
