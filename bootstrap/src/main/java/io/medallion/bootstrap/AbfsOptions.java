package io.medallion.bootstrap;

import io.medallion.adapters.adls.AdlsAuth;
import io.medallion.adapters.adls.AdlsSettings;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The hadoop-azure options that let Spark reach the lake with the same authentication as the lake
 * storage adapter, per the ABFS driver's documented keys, scoped to the lake's account. The secret
 * is read from the environment here; the options go to the running session only, never printed.
 */
final class AbfsOptions {

  private static final String PREFIX = "fs.azure.";
  private static final String OAUTH_PROVIDERS = "org.apache.hadoop.fs.azurebfs.oauth2.";
  private static final String FIXED_SAS = "org.apache.hadoop.fs.azurebfs.sas.FixedSASTokenProvider";

  private final AdlsSettings settings;
  private final Function<String, String> environment;
  private final String host;
  private final Map<String, String> options = new LinkedHashMap<>();

  private AbfsOptions(AdlsSettings settings, Function<String, String> environment) {
    this.settings = settings;
    this.environment = environment;
    this.host = host(settings);
  }

  /** Whose access Spark uses: the settings' own, or the cluster's (which then sets nothing). */
  enum SparkAuth {
    SETTINGS,
    CLUSTER
  }

  /** The options for the lake; none when the cluster brings its own access. */
  static Map<String, String> of(
      AdlsSettings settings, SparkAuth sparkAuth, Function<String, String> environment) {
    if (sparkAuth == SparkAuth.CLUSTER) {
      return Map.of();
    }
    return new AbfsOptions(settings, environment).build();
  }

  /**
   * The account's host as ABFS names it in a path and in its per-account keys: the endpoint's when
   * one is set, else {@code <account>.dfs.core.windows.net}.
   */
  static String host(AdlsSettings settings) {
    if (settings.endpoint().isEmpty()) {
      return settings.account() + ".dfs.core.windows.net";
    }
    URI endpoint = URI.create(settings.endpoint().get());
    if (endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "medallion.adls.endpoint is not an http(s) address with a host: " + endpoint.getScheme());
    }
    return endpoint.getPort() < 0
        ? endpoint.getHost()
        : endpoint.getHost() + ":" + endpoint.getPort();
  }

  private Map<String, String> build() {
    AdlsAuth auth = settings.auth();
    switch (auth) {
      case ACCOUNT_KEY -> accountKey(secret());
      case SAS -> sas(secret());
      case CONNECTION_STRING -> connectionString(secret());
      case SERVICE_PRINCIPAL -> servicePrincipal(secret());
      case MANAGED_IDENTITY -> managedIdentity();
      default -> throw new IllegalStateException("no ABFS options for " + auth);
    }
    return Map.copyOf(options);
  }

  private void accountKey(String key) {
    put("account.auth.type", "SharedKey");
    put("account.key", key);
  }

  private void sas(String token) {
    put("account.auth.type", "SAS");
    put("sas.token.provider.type", FIXED_SAS);
    put("sas.fixed.token", token.startsWith("?") ? token.substring(1) : token);
  }

  /** A connection string carries either the account key or a SAS; the rest names endpoints. */
  private void connectionString(String connection) {
    Optional<String> key = part(connection, "AccountKey");
    Optional<String> sas = part(connection, "SharedAccessSignature");
    if (key.isPresent()) {
      accountKey(key.get());
    } else if (sas.isPresent()) {
      sas(sas.get());
    } else {
      throw new IllegalArgumentException(
          "the connection string in environment variable "
              + settings.secretEnv().orElseThrow()
              + " holds neither AccountKey nor SharedAccessSignature");
    }
  }

  private void servicePrincipal(String clientSecret) {
    put("account.auth.type", "OAuth");
    put("account.oauth.provider.type", OAUTH_PROVIDERS + "ClientCredsTokenProvider");
    put("account.oauth2.client.id", settings.clientId().orElseThrow());
    put("account.oauth2.client.secret", clientSecret);
    put(
        "account.oauth2.client.endpoint",
        "https://login.microsoftonline.com/" + settings.tenantId().orElseThrow() + "/oauth2/token");
  }

  private void managedIdentity() {
    put("account.auth.type", "OAuth");
    put("account.oauth.provider.type", OAUTH_PROVIDERS + "MsiTokenProvider");
    settings.clientId().ifPresent(id -> put("account.oauth2.client.id", id));
    settings.tenantId().ifPresent(tenant -> put("account.oauth2.msi.tenant", tenant));
  }

  private void put(String key, String value) {
    options.put(PREFIX + key + "." + host, value);
  }

  private String secret() {
    String name = settings.secretEnv().orElseThrow();
    String value = environment.apply(name);
    if (value == null || value.isBlank()) {
      // Names the variable, never a value.
      throw new IllegalStateException(
          "environment variable "
              + name
              + " (medallion.adls.secret-env) is not set; Spark needs the "
              + ConfigSection.spelling(settings.auth())
              + " secret of ADLS account "
              + settings.account());
    }
    return value.strip();
  }

  /**
   * The value of {@code name=...} in a {@code ;}-separated connection string (names ignore case).
   */
  private static Optional<String> part(String connection, String name) {
    for (String part : connection.split(";")) {
      int equals = part.indexOf('=');
      if (equals > 0 && part.substring(0, equals).strip().equalsIgnoreCase(name)) {
        String value = part.substring(equals + 1).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
