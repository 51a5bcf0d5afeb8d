package io.medallion.adapters.synapse;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file or folder of an ADLS Gen2 account, parsed from the lake's {@code abfss://} form and
 * written as the {@code https://} address Synapse takes. T-SQL accepts no parameter where these go
 * (COPY INTO ... FROM, LOCATION), so they are checked strictly and then escaped.
 */
record StorageUrl(String account, String container, String path) {

  private static final Pattern AUTHORITY =
      Pattern.compile("([a-z0-9-]{1,63})@([a-z0-9]{3,24})\\.dfs\\.core\\.windows\\.net");
  private static final Pattern CONTAINER = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])");
  // Unreserved characters, '%XX' escapes and a few harmless delimiters. No quote, backslash (COPY's
  // escape), '*' or '?' (COPY's wildcards), nor whitespace: one address names exactly one file.
  private static final Pattern PATH = Pattern.compile("(?:[A-Za-z0-9._~=+,:@/-]|%[0-9A-Fa-f]{2})*");

  /**
   * A Parquet file of a snapshot: {@code abfss://lake@acct.dfs.core.windows.net/gold/t/p.parquet}.
   */
  static StorageUrl parseFile(URI file) {
    StorageUrl url = parse(file);
    if (!url.path.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      // COPY INTO loads every file under a folder: only a named file keeps the load exact.
      throw new IllegalArgumentException("not a Parquet file: " + shown(file));
    }
    return url;
  }

  /** A folder of the lake, such as the one holding the gold tables; it ends with '/'. */
  static StorageUrl parseFolder(URI folder) {
    StorageUrl url = parse(folder);
    return url.path.endsWith("/") || url.path.isEmpty()
        ? url
        : new StorageUrl(url.account, url.container, url.path + "/");
  }

  private static StorageUrl parse(URI uri) {
    if (uri == null || !"abfss".equalsIgnoreCase(uri.getScheme()) || uri.isOpaque()) {
      throw new IllegalArgumentException("not an abfss:// address of ADLS Gen2: " + shown(uri));
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "a lake address carries no query or fragment: " + shown(uri));
    }
    Matcher authority = AUTHORITY.matcher(String.valueOf(uri.getRawAuthority()));
    if (!authority.matches() || !CONTAINER.matcher(authority.group(1)).matches()) {
      throw new IllegalArgumentException(
          "expected abfss://<container>@<account>.dfs.core.windows.net/<path>, got: " + shown(uri));
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    path = path.startsWith("/") ? path.substring(1) : path;
    if (!PATH.matcher(path).matches() || path.contains("//") || dotSegment(path)) {
      throw new IllegalArgumentException(
          "unsafe characters or segments in lake path: " + shown(uri));
    }
    return new StorageUrl(authority.group(2), authority.group(1), path);
  }

  // A query may be a SAS token and user info a key: neither belongs in a message.
  private static String shown(URI uri) {
    if (uri == null) {
      return "null";
    }
    if (uri.isOpaque()) {
      return uri.getScheme() + ":...";
    }
    // An abfss user part is the container; any other scheme's may hold a password.
    String authority =
        "abfss".equalsIgnoreCase(uri.getScheme()) ? uri.getRawAuthority() : uri.getHost();
    return uri.getScheme() + "://" + authority + uri.getRawPath();
  }

  private static boolean dotSegment(String path) {
    for (String segment : path.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** The blob endpoint form, which COPY INTO reads fastest. */
  String blob() {
    return "https://" + account + ".blob.core.windows.net/" + container + "/" + path;
  }

  /** The dfs endpoint form, which COPY INTO needs with a managed identity. */
  String dfs() {
    return "https://" + account + ".dfs.core.windows.net/" + container + "/" + path;
  }

  /** True when both name the same account and container (one COPY INTO reads only one). */
  boolean sameContainer(StorageUrl other) {
    return account.equals(other.account) && container.equals(other.container);
  }

  /** A T-SQL string literal of checked text; quotes are doubled though none can pass the checks. */
  static String literal(String text) {
    if (text.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a SQL literal may not contain NUL");
    }
    return "'" + text.replace("'", "''") + "'";
  }
}
