package io.medallion.adapters.http;

import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.run.LookupSource;
import java.io.IOException;
import java.net.SocketException;
import java.net.URI;
import javax.net.ssl.SSLException;

/**
 * What an exchange that threw means for a fetch: TLS refusals are final, other I/O failures
 * (timeouts, refused or reset connections, bodies cut short) are worth another attempt.
 */
final class ExchangeFailure {

  private ExchangeFailure() {}

  static RuntimeException of(Throwable cause, LookupSource source, String where) {
    String description = describe(cause, source.uri());
    // A certificate, protocol or cipher the client refuses stays refused; a connection reset in
    // the middle of the handshake is the network, retried like any other reset.
    if (cause instanceof SSLException && !causedBy(cause, SocketException.class)) {
      return new SourceUnavailableException(
          String.format(
              "source %s could not be fetched from %s: TLS failed, not retried: %s",
              source.name(), where, description),
          cause);
    }
    if (cause instanceof IOException) {
      return new TransientFetchFailure(description, cause);
    }
    return new SourceUnavailableException(
        String.format(
            "source %s could not be fetched from %s: %s", source.name(), where, description),
        cause);
  }

  // Connection failures often carry no message and come wrapped, so the types say what happened
  // and the innermost cause says where.
  private static String describe(Throwable cause, URI uri) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String described = oneLine(cause, uri);
    String innermost = oneLine(root, uri);
    return innermost.equals(described) ? described : described + " (" + innermost + ")";
  }

  private static String oneLine(Throwable throwable, URI uri) {
    return throwable.getClass().getSimpleName()
        + (throwable.getMessage() == null
            ? ""
            : ": " + RedactedUri.scrub(throwable.getMessage(), uri));
  }

  private static boolean causedBy(Throwable throwable, Class<? extends Throwable> type) {
    for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
