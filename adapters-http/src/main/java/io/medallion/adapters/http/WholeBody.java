package io.medallion.adapters.http;

import io.medallion.application.port.out.SourceUnavailableException;
import io.medallion.application.run.LookupSource;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The body of a 200 answer, given only when it is provably whole: its length matches the declared
 * Content-Length, it was chunked or sent over HTTP/2 (whose ends HttpClient checks), or it matches
 * its Content-MD5.
 */
final class WholeBody {

  private WholeBody() {}

  static byte[] of(HttpResponse<byte[]> response, LookupSource source, String where) {
    byte[] body = response.body();
    HttpHeaders headers = response.headers();
    OptionalLong declared = headers.firstValueAsLong("Content-Length");
    if (declared.isPresent() && declared.getAsLong() != body.length) {
      throw new TransientFetchFailure(
          "received " + body.length + " bytes, Content-Length " + declared.getAsLong());
    }
    Optional<String> md5 = headers.firstValue("Content-MD5");
    if (md5.isPresent()) {
      if (!md5.get().strip().equals(md5Of(body))) {
        throw new TransientFetchFailure(
            "the " + body.length + " bytes received do not match their Content-MD5");
      }
      return body;
    }
    // An HTTP/1.x body with neither length nor chunks ends when the connection closes: a cut
    // (a clean close, not a reset) looks exactly like the end, and a stored cut would then be
    // confirmed by every later 304. The server always answers so, so retrying would not help.
    if (response.version() == HttpClient.Version.HTTP_1_1
        && declared.isEmpty()
        && !chunked(headers)) {
      throw new SourceUnavailableException(
          String.format(
              "source %s at %s was sent with neither Content-Length, chunked encoding nor"
                  + " Content-MD5, so a body cut short could not be told from a whole one;"
                  + " refused",
              source.name(), where));
    }
    return body;
  }

  // Chunked framing only counts as the last coding applied (RFC 9112, 6.3).
  private static boolean chunked(HttpHeaders headers) {
    List<String> codings = headers.allValues("Transfer-Encoding");
    return !codings.isEmpty()
        && codings.get(codings.size() - 1).strip().toLowerCase(Locale.ROOT).endsWith("chunked");
  }

  private static String md5Of(byte[] body) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }
}
