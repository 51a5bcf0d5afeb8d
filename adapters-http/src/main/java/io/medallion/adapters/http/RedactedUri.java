package io.medallion.adapters.http;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * A source address fit for logs and messages: scheme, host, port and path only, because the query
 * may carry a SAS token and the user info a password.
 */
final class RedactedUri {

  // Any address in a text, so that one the source redirected to is masked as well.
  private static final Pattern QUERY_OF_ANY_ADDRESS =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://[^\\s?#\"'<>]*)\\?[^\\s#\"'<>]*");
  private static final Pattern USER_INFO_OF_ANY_ADDRESS =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^\\s/?#@\"'<>]*@");

  private RedactedUri() {}

  static String of(URI uri) {
    StringBuilder shown = new StringBuilder().append(uri.getScheme()).append("://");
    shown.append(uri.getHost() == null ? "?" : uri.getHost());
    if (uri.getPort() != -1) {
      shown.append(':').append(uri.getPort());
    }
    return shown.append(uri.getRawPath() == null ? "" : uri.getRawPath()).toString();
  }

  /** {@code text} with the query and user info of {@code uri}, and of any address in it, masked. */
  static String scrub(String text, URI uri) {
    String scrubbed = text.replace(uri.toString(), of(uri));
    for (String secret : new String[] {uri.getRawQuery(), uri.getRawUserInfo()}) {
      if (secret != null && !secret.isEmpty()) {
        scrubbed = scrubbed.replace(secret, "***");
      }
    }
    scrubbed = QUERY_OF_ANY_ADDRESS.matcher(scrubbed).replaceAll("$1");
    return USER_INFO_OF_ANY_ADDRESS.matcher(scrubbed).replaceAll("$1");
  }
}
