package io.medallion.adapters.http;

import io.medallion.application.run.LookupSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * One conditional GET of a source, {@code If-None-Match: *}, to tell whether a fetch would work: a
 * server holding the file answers 304 (or 200, whose body is left unread), and anything else is the
 * one line a person needs. No retry: a validation wants the answer now.
 */
final class SourceProbe {

  private final HttpClient client;
  private final HttpSettings settings;

  SourceProbe(HttpSettings settings) {
    this.settings = settings;
    this.client = settings.sourceClient();
  }

  Optional<String> problem(LookupSource source) {
    String where = RedactedUri.of(source.uri());
    HttpRequest request =
        HttpRequest.newBuilder(source.uri())
            .timeout(settings.requestTimeout())
            .header("If-None-Match", "*")
            .GET()
            .build();
    try {
      HttpResponse<InputStream> answer =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      // The headers say all a probe needs; closing the body unread spares downloading the file.
      answer.body().close();
      int status = answer.statusCode();
      return status == 304 || (status >= 200 && status < 300)
          ? Optional.empty()
          : Optional.of(line(source, "HTTP " + status + " at " + where));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(line(source, "interrupted while asking " + where));
    } catch (IOException e) {
      return Optional.of(line(source, failure(e, source) + " at " + where));
    }
  }

  private String failure(IOException e, LookupSource source) {
    if (e instanceof HttpConnectTimeoutException) {
      return "no connection within " + FetchBudget.show(settings.connectTimeout());
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + FetchBudget.show(settings.requestTimeout());
    }
    if (e instanceof ConnectException && e.getCause() instanceof UnresolvedAddressException) {
      return "unknown host";
    }
    if (e instanceof ConnectException) {
      return "connection refused (a closed port?)";
    }
    if (e instanceof SSLException) {
      return "TLS failed (" + RedactedUri.scrub(String.valueOf(e.getMessage()), source.uri()) + ")";
    }
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    return RedactedUri.scrub(e.getClass().getSimpleName() + message, source.uri());
  }

  private static String line(LookupSource source, String problem) {
    return "source " + source.name() + ": " + problem;
  }
}
