package io.medallion.adapters.http;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * A source address fit for logs and messages: scheme, host, port and path only, because the query
 * may carry a SAS token and the user info a password. A webhook's address keeps only its scheme,
 * host and port: Slack and Teams put the token in the path.
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

  /** Scheme, host and port of {@code uri}: all of a webhook's address that may be shown. */
  static String hostOf(URI uri) {
    StringBuilder shown = new StringBuilder().append(uri.getScheme()).append("://");
    shown.append(uri.getHost() == null ? "?" : uri.getHost());
    return (uri.getPort() == -1 ? shown : shown.append(':').append(uri.getPort())).toString();
  }

  /** {@code text} with all of {@code uri} but its host masked, and as {@link #scrub} does. */
  static String scrubBeyondHost(String text, URI uri) {
    String scrubbed = text.replace(uri.toString(), hostOf(uri));
    for (String secret : new String[] {uri.getRawPath(), uri.getPath()}) {
      // A bare "/" hides nothing and would mask every slash of the text.
      if (secret != null && secret.length() > 1) {
        scrubbed = scrubbed.replace(secret, "/***");
      }
    }
    return scrub(scrubbed, uri);
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
