package io.medallion.adapters.http;

import java.net.URI;

/**
 * A source address fit for logs and messages: scheme, host, port and path only, because the query
 * may carry a SAS token and the user info a password.
 */
final class RedactedUri {

  private RedactedUri() {}

  static String of(URI uri) {
    StringBuilder shown = new StringBuilder().append(uri.getScheme()).append("://");
    shown.append(uri.getHost() == null ? "?" : uri.getHost());
    if (uri.getPort() != -1) {
      shown.append(':').append(uri.getPort());
    }
    return shown.append(uri.getRawPath() == null ? "" : uri.getRawPath()).toString();
  }

  /** {@code text} with every trace of the query and user info of {@code uri} masked. */
  static String scrub(String text, URI uri) {
    String scrubbed = text.replace(uri.toString(), of(uri));
    for (String secret : new String[] {uri.getRawQuery(), uri.getRawUserInfo()}) {
      if (secret != null && !secret.isEmpty()) {
        scrubbed = scrubbed.replace(secret, "***");
      }
    }
    return scrubbed;
  }
}
